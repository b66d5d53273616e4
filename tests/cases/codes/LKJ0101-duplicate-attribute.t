# The same attribute twice on one element.
%args check --lang en tests/data/bad/duplicate-attribute.xml
%exit 1
%stdout
tests/data/bad/duplicate-attribute.xml:23:53: error LKJ0101: XML is not well-formed: the same attribute is written twice
  hint: remove one of them
lkjip: 1 file checked, 1 error, 0 warnings
