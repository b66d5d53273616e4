# An empty <realisasi>: one of <bulan>, <triwulan>, <tahunan> is required.
%args check --lang en tests/data/bad/empty-realisasi.xml
%exit 1
%stdout
tests/data/bad/empty-realisasi.xml:25:9: error LKJ0201: <realisasi> in indikator 'DINKES-AKI' lacks the required element <tahunan>, <bulan> or <triwulan>
  hint: add <tahunan>, <bulan> or <triwulan> inside <realisasi> in indikator 'DINKES-AKI' (element order: docs/format.md)
lkjip: 1 file checked, 1 error, 0 warnings
