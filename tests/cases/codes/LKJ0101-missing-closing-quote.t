# An attribute value whose closing quote is missing (tempat="Sukamaju>):
# the value runs on to the next '<'.
# libxml2 stops at the next '<' (46:5); the usual cause is the missing quote before
# it, so the hint says so.
%args check --lang en tests/data/bad/missing-closing-quote.xml
%exit 1
%stdout
tests/data/bad/missing-closing-quote.xml:46:5: error LKJ0101: XML is not well-formed: a '<' character inside an attribute value
  hint: a closing quote is probably missing before this point; a '<' inside a value is written &lt;
lkjip: 1 file checked, 1 error, 0 warnings
