# Two builds give byte-identical output; SOURCE_DATE_EPOCH does not matter
# when the profile has a report date, and the clock is never read.
%args build samples/ -o $TMP/a --format ir
%check SOURCE_DATE_EPOCH=0 build/lkjip build samples/ -o $TMP/b --format ir >/dev/null && diff -r -x .lkjip-cache $TMP/a $TMP/b
%check grep -q 'tanggal="2026-02-27"' $TMP/a/kab-sukamaju/ir.xml
%stdout
lkjip: 9 berkas dibaca (0 dari cache), 8 unit, 8 laporan ditulis ke $TMP/a (0 tidak berubah), 0 kesalahan, 0 peringatan
