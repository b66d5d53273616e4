# An attribute value without quotes (nilai=95).
%args check --lang en tests/data/bad/unquoted-attribute.xml
%exit 1
%stdout
tests/data/bad/unquoted-attribute.xml:23:36: error LKJ0101: XML is not well-formed: an attribute value must be in quotes
  hint: write attributes as name="value"
lkjip: 1 file checked, 1 error, 0 warnings
