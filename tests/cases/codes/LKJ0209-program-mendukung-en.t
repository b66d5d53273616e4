# The same in English (hint: 'or add that sasaran').
%args check --lang en tests/data/bad/program-mendukung-en.xml
%exit 1
%stdout
tests/data/bad/program-mendukung-en.xml:32:27: error LKJ0209: program 1.02.02 refers to the sasaran 'DINKES-S9', which this file does not have
  hint: check the id's spelling, or add that sasaran
lkjip: 1 file checked, 1 error, 0 warnings
