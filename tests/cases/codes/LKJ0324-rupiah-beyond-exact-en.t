# The same in English.
%args check --lang en tests/data/bad/rupiah-beyond-exact.xml
%exit 1
%stdout
tests/data/bad/rupiah-beyond-exact.xml:29:9: error LKJ0324: the pagu of sub-kegiatan 1.02.02.2.02.0001 (Rp999.999.999.999.999.999) exceeds Rp9.007.199.254.740.992 (2^53): lkjip cannot compute this amount exactly
  hint: check the figure: even the largest APBD is far below 9 quadrillion rupiah; a digit or some zeros were probably added
tests/data/bad/rupiah-beyond-exact.xml:35:25: error LKJ0324: the spending of <bulan ke="1"> in sub-kegiatan 1.02.02.2.02.0002 (Rp9.007.199.254.740.992,5) exceeds Rp9.007.199.254.740.992 (2^53): lkjip cannot compute this amount exactly
  hint: check the figure: even the largest APBD is far below 9 quadrillion rupiah; a digit or some zeros were probably added
lkjip: 1 file checked, 2 errors, 0 warnings
