# A plan period that ends before the reporting year; the 2025 target then lies
# outside the plan too (LKJ0306).
%args check --lang en tests/data/bad/year-outside-period.xml
%exit 1
%stdout
tests/data/bad/year-outside-period.xml:2:41: error LKJ0305: the reporting year 2025 is outside the plan period 2019–2024
  hint: check tahun on <submisi> and awal/akhir on <periode-rencana>
tests/data/bad/year-outside-period.xml:23:17: error LKJ0306: the target for 2025 of indikator 'DINKES-AKI' is outside the plan period 2019–2024
  hint: remove that target or correct its year
lkjip: 1 file checked, 2 errors, 0 warnings
