# A pemda sasaran no OPD supports is a warning (exit 0).
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/mendukung="KAB-S1 KAB-S2"/mendukung="KAB-S1"/' $TMP/ws/opd-b.xml
%args check --link --lang en $TMP/ws
%stdout
$TMP/ws/kab.xml:22:5: warning LKJ0405: no OPD sasaran supports the sasaran 'KAB-S2'
  hint: add mendukung="KAB-S2" to the sasaran of the OPD responsible for it
lkjip: 4 files checked, 0 errors, 1 warning
