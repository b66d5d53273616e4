# Two misi with one id (English hint: 'every id must be unique').
%args check --lang en tests/data/bad/duplicate-misi-id.xml
%exit 1
%stdout
tests/data/bad/duplicate-misi-id.xml:17:9: error LKJ0208: the id 'M1' is used more than once in this file
  hint: every id must be unique; the first is on line 16
lkjip: 1 file checked, 1 error, 0 warnings
