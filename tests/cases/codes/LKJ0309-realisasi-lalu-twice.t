# Two realisasi-lalu for 2023.
%args check --lang en tests/data/bad/realisasi-lalu-twice.xml
%exit 1
%stdout
tests/data/bad/realisasi-lalu-twice.xml:30:9: error LKJ0309: <realisasi-lalu tahun="2023"> appears more than once in indikator 'DINKES-AKI'
  hint: remove one of them; the first is on line 29
lkjip: 1 file checked, 1 error, 0 warnings
