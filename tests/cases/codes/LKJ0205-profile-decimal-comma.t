# A decimal comma in a profile's category min (xs:decimal, not the submission's Angka).
# Expected: the decimal-comma hint, as for the submission's numbers.
%args check --lang en tests/data/bad/profile-decimal-comma.xml
%exit 1
%stdout
tests/data/bad/profile-decimal-comma.xml:10:26: error LKJ0205: the value '76,5' of min in kategori T is not a number
  hint: use a decimal point: 76.5, not 76,5
lkjip: 1 file checked, 1 error, 0 warnings
