# Three composite indicators in three files that depend on each other in a
# loop: the whole loop is printed, each step with its file and line.
%setup cp -r tests/data/link/base $TMP/ws && sed 's/dinas-a/dinas-c/; s/"A-/"C-/g; s/A-S1/C-S1/g; s/1\.02\.0\.00/1.03.0.00/' $TMP/ws/opd-a.xml > $TMP/ws/opd-c.xml
%setup sed -i 's#<satuan>orang</satuan>#<satuan>orang</satuan><rumus>B-I1 + 1</rumus>#' $TMP/ws/opd-a.xml
%setup sed -i 's#<satuan>orang</satuan>#<satuan>orang</satuan><rumus>C-I1 * 2</rumus>#' $TMP/ws/opd-b.xml
%setup sed -i 's#<satuan>orang</satuan>#<satuan>orang</satuan><rumus>A-I1 / 2</rumus>#' $TMP/ws/opd-c.xml
%args check --link --lang en $TMP/ws
%exit 1
%stdout
$TMP/ws/opd-a.xml:18:31: error LKJ0410: formulas depend on each other in a loop: A-I1 ($TMP/ws/opd-a.xml:16) → B-I1 ($TMP/ws/opd-b.xml:16) → C-I1 ($TMP/ws/opd-c.xml:16) → A-I1
  hint: one indicator of the loop must have its own realisasi, not a formula
lkjip: 5 files checked, 1 error, 0 warnings
