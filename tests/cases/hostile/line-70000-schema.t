# A schema error past line 65535: exact line and column from lkjip's own
# offsets (libxml2 stops counting element lines at 65535).
%setup { sed -n '1,13p' tests/data/ok/minimal.xml; yes '' | head -n 70000; sed -n '14,$p' tests/data/ok/minimal.xml | sed 's/akhir="2026"/akhir="20x6"/'; } > $TMP/far.xml
%args check --lang en $TMP/far.xml
%exit 1
%timeout 2
%nonet
%stdout
$TMP/far.xml:70015:50: error LKJ0205: the value '20x6' of akhir in <periode-rencana> is not a year
  hint: write a four-digit year between 2000 and 2100
lkjip: 1 file checked, 1 error, 0 warnings
