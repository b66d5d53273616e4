# The text output of several units ends with the table of all of them, as
# rekap-evaluasi's (docs/lke.md §4): the OPDs in the order named, the
# pemda's own line last; klaster, the four components, total, predikat and
# whose score it is; then the pemda's minimum condition for A. Here the
# klaster OPDs of klaster-holds.t: the rows carry the same figures as the
# HTML/DocBook table (tests/data/lke/expect/klaster-holds.txt).
%args evaluasi $DATA/lke/klaster/utama-1.lke.xml $DATA/lke/klaster/utama-2.lke.xml $DATA/lke/klaster/utama-3.lke.xml $DATA/lke/klaster/pendukung-1.lke.xml $DATA/lke/klaster/pendukung-2.lke.xml $DATA/lke/klaster/pendukung-3.lke.xml samples/lke/kab-sukamaju.lke.xml
%check sed -n '/^Nilai seluruh unit — Pemerintah Kabupaten Sukamaju$/,$p' $OUT >$TMP/table && test "$(wc -l <$TMP/table)" = 10
%check sed -n 2p $TMP/table | grep -qxF '   No  Unit                                     Klaster        1      2      3      4   Nilai  Predikat  Penilai'
%check tail -1 $TMP/table | grep -qxF '  Syarat minimum predikat A pemda: Terpenuhi: 3 dari 3 klaster utama berpredikat A atau lebih, 3 dari 3 klaster pendukung berpredikat BB atau lebih (perlu 3 dan 3)'
%check sed -n '3,9p' $TMP/table | sed -E 's/^ +//; s/  +/ | /g' >$TMP/text-rows && grep -E '^[0-9]+ \| ' tests/data/lke/expect/klaster-holds.txt | sed -E 's/ \| (Mandiri|Self)$/ | Mandiri/' | diff -u - $TMP/text-rows
%check tail -2 $TMP/table | head -1 | grep -q '^    7  Pemerintah Kabupaten Sukamaju  .* pemda .*67,06  B         Evaluator$'
# OPDs without their pemda: the title names no one (they name no induk).
%check build/check/lkjip evaluasi $DATA/lke/klaster/utama-1.lke.xml $DATA/lke/klaster/utama-2.lke.xml 2>/dev/null | grep -qx 'Nilai seluruh unit'
# One unit: no table.
%check build/check/lkjip evaluasi samples/lke/dinkes.lke.xml 2>/dev/null | grep -c 'Nilai seluruh unit' | grep -qx 0
# Not met, and in English.
%check build/check/lkjip evaluasi $DATA/lke/klaster/utama-1.lke.xml $DATA/lke/klaster/pendukung-3-b.lke.xml --lang en 2>/dev/null | tail -1 | grep -q '^  The pemda.s minimum condition for A: Not met: 1 of 1 klaster utama at A or above, 0 of 1 klaster pendukung at BB or above (3 and 3 needed)$'
