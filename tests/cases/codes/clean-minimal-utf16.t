# A UTF-16 submission (byte order mark) is transcoded and accepted.
%args check --lang en tests/data/ok/minimal-utf16.xml
%stdout
lkjip: 1 file checked, 0 errors, 0 warnings
