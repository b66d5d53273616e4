# <pagu> left out of a sub-kegiatan that has <realisasi-anggaran>.
# Expected: LKJ0201 naming <pagu>, the one required element among those libxml2
# lists (<indikator> and <lokasi> are optional).
%args check --lang en tests/data/bad/missing-pagu.xml
%exit 1
%stdout
tests/data/bad/missing-pagu.xml:38:9: error LKJ0201: sub-kegiatan 1.02.02.2.02.0001 lacks the required element <pagu>
  hint: add <pagu> inside sub-kegiatan 1.02.02.2.02.0001 (element order: docs/format.md)
lkjip: 1 file checked, 1 error, 0 warnings
