# <satuan> left out: found at the element that follows <nama> (<target>).
%args check --lang en tests/data/bad/missing-satuan.xml
%exit 1
%stdout
tests/data/bad/missing-satuan.xml:22:9: error LKJ0201: indikator 'DINKES-AKI' lacks the required element <satuan>
  hint: add <satuan> inside indikator 'DINKES-AKI' (element order: docs/format.md)
lkjip: 1 file checked, 1 error, 0 warnings
