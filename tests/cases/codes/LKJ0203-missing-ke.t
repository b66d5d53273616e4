# A monthly realisasi <bulan> without ke.
%args check --lang en tests/data/bad/missing-ke.xml
%exit 1
%stdout
tests/data/bad/missing-ke.xml:27:11: error LKJ0203: <bulan> in indikator 'DINKES-AKI' lacks the required attribute 'ke'
  hint: add ke="…" to <bulan> in indikator 'DINKES-AKI'
lkjip: 1 file checked, 1 error, 0 warnings
