# Components of a composite (DINKES-K1, DINKES-K2, named by DINKES-INDEKS's
# <rumus>) need no target of their own: clean (docs/format.md 6.5).
%args check --lang en tests/data/ok/composite-components.xml
%stdout
lkjip: 1 file checked, 0 errors, 0 warnings
