# A misspelt element name: <satuaan> for <satuan>.
%args check --lang en tests/data/bad/misspelt-element.xml
%exit 1
%stdout
tests/data/bad/misspelt-element.xml:22:9: error LKJ0202: the element <satuaan> is not expected here, inside indikator 'DINKES-AKI'
  hint: did you mean <satuan>?
lkjip: 1 file checked, 1 error, 0 warnings
