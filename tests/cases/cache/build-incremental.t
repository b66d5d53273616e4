# build keeps its cache in its state folder (.OUT.lkjip/cache beside OUT): a second build of the same
# workspace reads no file and renders no document; after one OPD file is
# edited, only that file is read and only that unit's documents are
# rendered again, and the result is byte-identical to a clean --no-cache
# build of the edited workspace.
%timeout 90
%setup cp -r samples $TMP/ws && build/check/lkjip build $TMP/ws -o $TMP/out --format ir,html,pk > $TMP/cold.txt
%args build $TMP/ws -o $TMP/out --format ir,html,pk
%check grep -qx 'lkjip: 9 berkas dibaca (0 dari cache), 8 unit, 30 laporan ditulis ke '$TMP'/out (0 tidak berubah), 0 kesalahan, 0 peringatan' $TMP/cold.txt
%check sed -i 's/<tahunan nilai="74.71"\/>/<tahunan nilai="74.31"\/>/' $TMP/ws/kab-sukamaju/opd-dinkes.xml && build/check/lkjip build $TMP/ws -o $TMP/out --format ir,html,pk > $TMP/edit.txt && grep -qx 'lkjip: 9 berkas dibaca (8 dari cache), 8 unit, 30 laporan ditulis ke '$TMP'/out (26 tidak berubah), 0 kesalahan, 0 peringatan' $TMP/edit.txt
%check build/check/lkjip build $TMP/ws -o $TMP/clean --format ir,html,pk --no-cache > /dev/null && [ ! -e $TMP/.clean.lkjip/cache ] && diff -r $TMP/clean $TMP/out
%check grep -q '74,31' $TMP/out/kab-sukamaju/dinkes/lkjip.html
%stdout
lkjip: 9 berkas dibaca (9 dari cache), 8 unit, 30 laporan ditulis ke $TMP/out (30 tidak berubah), 0 kesalahan, 0 peringatan
