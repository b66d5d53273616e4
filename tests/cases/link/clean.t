# The base workspace links clean: two OPDs, one crosscutting pemda sasaran.
%args check --link --lang en tests/data/link/base
%stdout
lkjip: 4 files checked, 0 errors, 0 warnings
