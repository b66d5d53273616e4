# The minimal valid submission: no diagnostic, only the summary, exit 0.
%args check --lang en tests/data/ok/minimal.xml
%stdout
lkjip: 1 file checked, 0 errors, 0 warnings
