# A unit level outside provinsi/kabupaten/kota/opd.
%args check --lang en tests/data/bad/tingkat.xml
%exit 1
%stdout
tests/data/bad/tingkat.xml:3:21: error LKJ0206: the value 'dinas' of tingkat in unit 'dinkes' is not recognised
  hint: valid choices: 'provinsi', 'kabupaten', 'kota', 'opd'
lkjip: 1 file checked, 1 error, 0 warnings
