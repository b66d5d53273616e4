# Spending above the pagu: a warning, exit 0.
%args check --lang en tests/data/bad/over-pagu.xml
%stdout
tests/data/bad/over-pagu.xml:39:9: warning LKJ0315: spending on sub kegiatan 1.02.02.2.02.0001 (Rp312.500.000) exceeds its ceiling (Rp250.000.000)
  hint: check the monthly amounts: each month holds that month's spending, not a running total
lkjip: 1 file checked, 0 errors, 1 warning
