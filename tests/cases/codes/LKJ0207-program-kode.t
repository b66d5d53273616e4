# A program code without the two-digit groups (1.2.2).
%args check --lang en tests/data/bad/program-kode.xml
%exit 1
%stdout
tests/data/bad/program-kode.xml:32:12: error LKJ0207: the value '1.2.2' of kode in program 1.2.2 does not have the shape of a program code (U.BB.PP)
  hint: for example 1.02.02; X.XX.01 for the supporting program
lkjip: 1 file checked, 1 error, 0 warnings
