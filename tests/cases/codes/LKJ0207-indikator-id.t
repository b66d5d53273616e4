# An id starting with a digit.
%args check --lang en tests/data/bad/indikator-id.xml
%exit 1
%stdout
tests/data/bad/indikator-id.xml:20:18: error LKJ0207: the value '1-AKI' of id in indikator '1-AKI' does not have the shape of an id
  hint: an id starts with a letter, then letters, digits, _ . or - (at most 64)
lkjip: 1 file checked, 1 error, 0 warnings
