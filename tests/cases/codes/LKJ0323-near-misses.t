# Far apart but no thousandfold mistake: factors 499 and 2001, a zero
# target, opposite signs, a cumulative percentage in a year still running,
# values of different years, grades. No diagnostic.
%args check --lang en tests/data/ok/thousandfold-near-miss.xml
%stdout
lkjip: 1 file checked, 0 errors, 0 warnings
