# A start tag closed by a different end tag (</name> for <nama>).
%args check --lang en tests/data/bad/tag-mismatch.xml
%exit 1
%stdout
tests/data/bad/tag-mismatch.xml:21:40: error LKJ0101: XML is not well-formed: the element <nama> (line 21) is closed by </name>
  hint: close <nama> with </nama>, or remove the stray </name>
lkjip: 1 file checked, 1 error, 0 warnings
