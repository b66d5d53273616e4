# polaritas rentang with number targets (the target and the target-pk).
%args check --lang en tests/data/bad/rentang-number-target.xml
%exit 1
%stdout
tests/data/bad/rentang-number-target.xml:23:9: error LKJ0313: indikator 'DINKES-AKI' has polaritas rentang but its target for 2025 is not a range
  hint: write its target as bawah="…" atas="…"
tests/data/bad/rentang-number-target.xml:24:9: error LKJ0313: indikator 'DINKES-AKI' has polaritas rentang but its target for 2025 is not a range
  hint: write its target as bawah="…" atas="…"
lkjip: 1 file checked, 2 errors, 0 warnings
