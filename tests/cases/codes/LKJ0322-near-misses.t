# Numbers that read one way only: 0.125, 185.0001, 1850.000, 185.00,
# 0185.000, 1.2500, a pagu of 250000.000, and 1.250 in an indikator that
# declares desimal="3". No diagnostic.
%args check --lang en tests/data/ok/numbers-near-miss.xml
%stdout
lkjip: 1 file checked, 0 errors, 0 warnings
