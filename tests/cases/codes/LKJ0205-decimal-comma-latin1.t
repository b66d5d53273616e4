# The decimal-comma file declared (and saved) as ISO-8859-1, with one Latin-1
# byte (é) on an earlier line: the position keeps its column, counted in
# characters as for UTF-8 files.
%args check --lang en tests/data/bad/decimal-comma-latin1.xml
%exit 1
%stdout
tests/data/bad/decimal-comma-latin1.xml:23:30: error LKJ0205: the value '95,5' of nilai in <target tahun="2025"> in indikator 'DINKES-AKI' is not a number
  hint: use a decimal point: 95.5, not 95,5
lkjip: 1 file checked, 1 error, 0 warnings
