# Two targets for 2025.
%args check --lang en tests/data/bad/target-year-twice.xml
%exit 1
%stdout
tests/data/bad/target-year-twice.xml:24:9: error LKJ0309: <target tahun="2025"> appears more than once in indikator 'DINKES-AKI'
  hint: remove one of them; the first is on line 23
lkjip: 1 file checked, 1 error, 0 warnings
