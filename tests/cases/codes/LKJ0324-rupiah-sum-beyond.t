# Each amount is exact, but the unit's pagu add up to Rp10.000.000.000.000.000
# and its spending to more than 2^53 too: errors at the <unit>, the totals
# computed exactly (decimals included).
%args check --lang en tests/data/bad/rupiah-sum-beyond.xml
%exit 1
%stdout
tests/data/bad/rupiah-sum-beyond.xml:3:3: error LKJ0324: the total pagu of unit 'dinkes' (Rp10.000.000.000.000.000) exceeds Rp9.007.199.254.740.992 (2^53): lkjip cannot compute this amount exactly
  hint: check the figure: even the largest APBD is far below 9 quadrillion rupiah; a digit or some zeros were probably added
tests/data/bad/rupiah-sum-beyond.xml:3:3: error LKJ0324: the total spending of unit 'dinkes' (Rp9.200.000.000.000.000,25) exceeds Rp9.007.199.254.740.992 (2^53): lkjip cannot compute this amount exactly
  hint: check the figure: even the largest APBD is far below 9 quadrillion rupiah; a digit or some zeros were probably added
lkjip: 1 file checked, 2 errors, 0 warnings
