# A target-pk without versi (that is 1) and one with versi 1.
%args check --lang en tests/data/bad/target-pk-versi-twice.xml
%exit 1
%stdout
tests/data/bad/target-pk-versi-twice.xml:25:9: error LKJ0309: <target-pk versi="1"> appears more than once in indikator 'DINKES-AKI'
  hint: remove one of them; the first is on line 24
lkjip: 1 file checked, 1 error, 0 warnings
