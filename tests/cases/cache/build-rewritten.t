# Exactly the reports a change reaches are written again (a new file);
# every other one is the file of the build before (same inode, carried over
# by a link), and the output is byte for byte a clean --no-cache build of
# the edited workspace (depend.c: a unit depends on its own subtree and
# formulas, and on co-supporters, upper owners and ancestors by their
# shape only):
#  - one realisasi of Dinkes: Dinkes only (the pemda shows nothing of it
#    that changes; a sibling OPD nothing at all);
#  - Dinkes also supports KAB-S5, which only DLH supported: Dinkes, the
#    pemda, and DLH (its pohon kinerja now marks KAB-S5 crosscutting);
#  - the uraian of KAB-S5 in the pemda: the pemda, the provinsi (its tree
#    shows the pemda's sasaran) and the two OPDs that support KAB-S5;
#  - one realisasi of the pemda: the pemda and the provinsi, no OPD.
%timeout 300
%setup cp -r samples $TMP/ws && build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html
%args build $TMP/ws -o $TMP/out --format ir,html
%check set -e; snap() { (cd $TMP/out && find . -type f ! -name '.*' -printf '%i %p\n' | sort -k2); }; step() { snap > $TMP/a; eval "$2"; build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html; snap > $TMP/b; got=$(join -1 2 -2 2 $TMP/a $TMP/b | awk '$2 != $3 {print $1}' | tr '\n' ' '); [ "$got" = "$1" ] || { echo "rewritten: $got; expected: $1"; return 1; }; rm -rf $TMP/clean; build/check/lkjip build -q --no-cache $TMP/ws -o $TMP/clean --format ir,html; diff -r $TMP/clean $TMP/out; }; K=$TMP/ws/kab-sukamaju; step './kab-sukamaju/dinkes/ir.xml ./kab-sukamaju/dinkes/lkjip.html ' "sed -i '0,/<tahunan nilai=\"74.71\"\/>/s//<tahunan nilai=\"74.31\"\/>/' $K/opd-dinkes.xml"; step './kab-sukamaju/dinkes/ir.xml ./kab-sukamaju/dinkes/lkjip.html ./kab-sukamaju/dlh/ir.xml ./kab-sukamaju/dlh/lkjip.html ./kab-sukamaju/ir.xml ./kab-sukamaju/lkjip.html ' "sed -i 's/<sasaran id=\"DINKES-S1\" mendukung=\"KAB-S2\">/<sasaran id=\"DINKES-S1\" mendukung=\"KAB-S2 KAB-S5\">/' $K/opd-dinkes.xml"; step './kab-sukamaju/dinkes/ir.xml ./kab-sukamaju/dinkes/lkjip.html ./kab-sukamaju/dlh/ir.xml ./kab-sukamaju/dlh/lkjip.html ./kab-sukamaju/ir.xml ./kab-sukamaju/lkjip.html ./prov-jateng/ir.xml ./prov-jateng/lkjip.html ' "sed -i 's/<uraian>Meningkatnya kualitas lingkungan hidup</<uraian>Meningkatnya mutu lingkungan hidup</' $K/kab-sukamaju.xml"; step './kab-sukamaju/ir.xml ./kab-sukamaju/lkjip.html ./prov-jateng/ir.xml ./prov-jateng/lkjip.html ' "sed -i '0,/<tahunan nilai=\"74.71\"\/>/s//<tahunan nilai=\"75.71\"\/>/' $K/kab-sukamaju.xml"
%check grep -q 'mutu lingkungan hidup' $TMP/out/kab-sukamaju/dlh/lkjip.html && grep -q 'mutu lingkungan hidup' $TMP/out/prov-jateng/lkjip.html
%stdout
lkjip: 9 berkas dibaca (9 dari cache), 8 unit, 16 laporan ditulis ke $TMP/out (16 tidak berubah), 0 kesalahan, 0 peringatan
