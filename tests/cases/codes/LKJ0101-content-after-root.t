# A second element after the root element is closed.
%args check --lang en tests/data/bad/content-after-root.xml
%exit 1
%stdout
tests/data/bad/content-after-root.xml:57:1: error LKJ0101: XML is not well-formed: there is content after the root element was closed
  hint: a file holds exactly one root element <submisi>
lkjip: 1 file checked, 1 error, 0 warnings
