# Positions stay exact in a UTF-16 file (lkjip transcodes to UTF-8 itself).
%args check --lang en tests/data/bad/decimal-comma-utf16.xml
%exit 1
%stdout
tests/data/bad/decimal-comma-utf16.xml:23:30: error LKJ0205: the value '9,5' of nilai in <target tahun="2025"> in indikator 'DINKES-AKI' is not a number
  hint: use a decimal point: 9.5, not 9,5
tests/data/bad/decimal-comma-utf16.xml:24:20: error LKJ0205: the value '9,5' of nilai in <target-pk> in indikator 'DINKES-AKI' is not a number
  hint: use a decimal point: 9.5, not 9,5
lkjip: 1 file checked, 2 errors, 0 warnings
