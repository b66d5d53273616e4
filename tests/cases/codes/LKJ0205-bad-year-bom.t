# bad-year.xml saved with a UTF-8 byte order mark and without the XML
# declaration, so the root is on line 1: the BOM is not a column.
%args check --lang en tests/data/bad/bad-year-bom.xml
%exit 1
%stdout
tests/data/bad/bad-year-bom.xml:1:41: error LKJ0205: the value '2O25' of <submisi tahun="2O25"> is not a year
  hint: write a four-digit year between 2000 and 2100
lkjip: 1 file checked, 1 error, 0 warnings
