# A number target with a text realisasi month.
%args check --lang en tests/data/bad/number-target-text-realisasi.xml
%exit 1
%stdout
tests/data/bad/number-target-text-realisasi.xml:27:11: error LKJ0314: indikator 'DINKES-AKI' has a number target but a text realisasi
  hint: number targets take number or ratio realisasi, grade targets take grade realisasi
lkjip: 1 file checked, 1 error, 0 warnings
