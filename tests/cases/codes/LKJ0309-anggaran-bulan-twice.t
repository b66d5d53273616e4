# Month 1 twice in a realisasi-anggaran.
%args check --lang en tests/data/bad/anggaran-bulan-twice.xml
%exit 1
%stdout
tests/data/bad/anggaran-bulan-twice.xml:41:11: error LKJ0309: <bulan ke="1"> appears more than once in <realisasi-anggaran> in sub-kegiatan 1.02.02.2.02.0001
  hint: remove one of them; the first is on line 40
lkjip: 1 file checked, 1 error, 0 warnings
