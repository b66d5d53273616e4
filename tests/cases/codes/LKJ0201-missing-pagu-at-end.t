# <pagu> left out of a sub-kegiatan that ends after <nama>
# ('Missing child element'): <indikator> and <lokasi> are optional, only <pagu> is required.
# Expected: only <pagu> is named (not 'one of <indikator>, <lokasi>, <pagu>').
%args check --lang en tests/data/bad/missing-pagu-at-end.xml
%exit 1
%stdout
tests/data/bad/missing-pagu-at-end.xml:36:7: error LKJ0201: sub-kegiatan 1.02.02.2.02.0001 lacks the required element <pagu>
  hint: add <pagu> inside sub-kegiatan 1.02.02.2.02.0001 (element order: docs/format.md)
lkjip: 1 file checked, 1 error, 0 warnings
