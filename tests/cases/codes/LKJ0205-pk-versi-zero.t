# PK versi 0 (not a positive integer): the value is reported; the keys and
# keyrefs that depend on it are consequences, not reported.
%args check --lang en tests/data/bad/pk-versi-zero.xml
%exit 1
%stdout
tests/data/bad/pk-versi-zero.xml:45:23: error LKJ0205: the value '0' of <perjanjian-kinerja versi="0"> is not a positive whole number
  hint: write 1, 2, 3, …
lkjip: 1 file checked, 1 error, 0 warnings
