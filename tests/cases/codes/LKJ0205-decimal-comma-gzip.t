# The decimal-comma file gzipped: positions are those of the decompressed text.
%setup gzip -9n < tests/data/bad/decimal-comma.xml > $TMP/decimal-comma.xml.gz
%args check --lang en $TMP/decimal-comma.xml.gz
%exit 1
%stdout
$TMP/decimal-comma.xml.gz:23:30: error LKJ0205: the value '95,5' of nilai in <target tahun="2025"> in indikator 'DINKES-AKI' is not a number
  hint: use a decimal point: 95.5, not 95,5
lkjip: 1 file checked, 1 error, 0 warnings
