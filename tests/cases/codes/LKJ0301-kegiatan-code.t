# The program's code changed, its kegiatan's not.
%args check --lang en tests/data/bad/kegiatan-code.xml
%exit 1
%stdout
tests/data/bad/kegiatan-code.xml:34:15: error LKJ0301: the kegiatan code 1.02.02.2.02 does not start with its program's code 1.02.03
  hint: a kegiatan under program 1.02.03 is coded 1.02.03.K.KK
lkjip: 1 file checked, 1 error, 0 warnings
