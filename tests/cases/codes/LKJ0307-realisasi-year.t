# <realisasi tahun> other than the reporting year.
%args check --lang en tests/data/bad/realisasi-year.xml
%exit 1
%stdout
tests/data/bad/realisasi-year.xml:25:20: error LKJ0307: <realisasi> for 2024 of indikator 'DINKES-AKI' does not fit the reporting year 2025
  hint: <realisasi> is for the reporting year; <realisasi-lalu> and <baseline> for earlier years
lkjip: 1 file checked, 1 error, 0 warnings
