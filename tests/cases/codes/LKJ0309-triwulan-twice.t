# Quarter 1 twice in a target-pk.
%args check --lang en tests/data/bad/triwulan-twice.xml
%exit 1
%stdout
tests/data/bad/triwulan-twice.xml:26:11: error LKJ0309: <triwulan ke="1"> appears more than once in <target-pk> in indikator 'DINKES-AKI'
  hint: remove one of them; the first is on line 25
lkjip: 1 file checked, 1 error, 0 warnings
