# Exactly 2^53 is still exact: a pagu of 4503599627370496 twice (the unit's
# total is 2^53) and a month's spending of 4503599627370496.00. No
# diagnostic.
%args check --lang en tests/data/ok/rupiah-at-limit.xml
%stdout
lkjip: 1 file checked, 0 errors, 0 warnings
