# pengali must be greater than 0 (minExclusive): the bound is named.
%args check --lang en tests/data/bad/pengali-zero.xml
%exit 1
%stdout
tests/data/bad/pengali-zero.xml:27:54: error LKJ0211: the value '0' of pengali in <bulan ke="2"> in indikator 'DINKES-AKI' is outside the range (more than 0)
  hint: the value must be more than 0
lkjip: 1 file checked, 1 error, 0 warnings
