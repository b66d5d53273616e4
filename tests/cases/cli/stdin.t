# '-' reads standard input, named '-' in diagnostics.
%args check --lang en -
%stdin tests/data/ok/minimal.xml
%stdout
lkjip: 1 file checked, 0 errors, 0 warnings
