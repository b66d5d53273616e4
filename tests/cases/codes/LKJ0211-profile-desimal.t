# Rounding to 8 decimals (0 to 6 allowed).
%args check --lang en tests/data/bad/profile-desimal.xml
%exit 1
%stdout
tests/data/bad/profile-desimal.xml:7:17: error LKJ0211: the value '8' of desimal in <pembulatan> is outside the range (at most 6)
  hint: the value must be at most 6
lkjip: 1 file checked, 1 error, 0 warnings
