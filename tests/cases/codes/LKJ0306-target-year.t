# A target for 2027, after the plan period 2021-2026.
%args check --lang en tests/data/bad/target-year.xml
%exit 1
%stdout
tests/data/bad/target-year.xml:24:17: error LKJ0306: the target for 2027 of indikator 'DINKES-AKI' is outside the plan period 2021–2026
  hint: remove that target or correct its year
lkjip: 1 file checked, 1 error, 0 warnings
