# A decimal comma in a number (95,5).
%args check --lang en tests/data/bad/decimal-comma.xml
%exit 1
%stdout
tests/data/bad/decimal-comma.xml:23:30: error LKJ0205: the value '95,5' of nilai in <target tahun="2025"> in indikator 'DINKES-AKI' is not a number
  hint: use a decimal point: 95.5, not 95,5
lkjip: 1 file checked, 1 error, 0 warnings
