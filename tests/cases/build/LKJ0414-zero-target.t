# A zero target on a positive indicator: not computable (never a division
# by zero), with a warning; the IR says why.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/<target tahun="2025" nilai="100"\/>/<target tahun="2025" nilai="0"\/>/' $TMP/ws/opd-a.xml
%args build --lang en $TMP/ws -o $TMP/out --format ir
%check grep -q '<capaian status="target-nol" alasan=' $TMP/out/kab-contoh/dinas-a/ir.xml
%stdout
$TMP/ws/opd-a.xml:16:7: warning LKJ0414: the target of indikator 'A-I1' for 2025 is 0: no capaian is computed
  hint: a target of 0 only makes sense for a negative indicator with realisasi 0 ("zero cases"); check the target
lkjip: 4 files read (0 from the cache), 3 units, 3 reports written to $TMP/out (0 unchanged), 0 errors, 1 warning
