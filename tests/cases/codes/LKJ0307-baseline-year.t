# <baseline> for the reporting year.
%args check --lang en tests/data/bad/baseline-year.xml
%exit 1
%stdout
tests/data/bad/baseline-year.xml:23:19: error LKJ0307: <baseline> for 2025 of indikator 'DINKES-AKI' does not fit the reporting year 2025
  hint: <realisasi> is for the reporting year; <realisasi-lalu> and <baseline> for earlier years
lkjip: 1 file checked, 1 error, 0 warnings
