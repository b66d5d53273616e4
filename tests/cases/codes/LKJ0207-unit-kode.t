# A unit code with a dash.
%args check --lang en tests/data/bad/unit-kode.xml
%exit 1
%stdout
tests/data/bad/unit-kode.xml:3:35: error LKJ0207: the value '1-02' of kode in unit 'dinkes' does not have the shape of a unit code
  hint: digits or X separated by dots, e.g. 33.01 or 1.02.0.00.0.00.01.0000
lkjip: 1 file checked, 1 error, 0 warnings
