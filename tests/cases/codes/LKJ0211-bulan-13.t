# Month 13.
%args check --lang en tests/data/bad/bulan-13.xml
%exit 1
%stdout
tests/data/bad/bulan-13.xml:27:18: error LKJ0211: the value '13' of <bulan ke="13"> in indikator 'DINKES-AKI' is outside the range (at most 12)
  hint: months are written 1 to 12
lkjip: 1 file checked, 1 error, 0 warnings
