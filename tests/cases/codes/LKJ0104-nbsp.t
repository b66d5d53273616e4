# An HTML entity (&nbsp;) that XML does not know.
# The position is the entity reference's '&' (column 55), not the character after
# its ';'.
%args check --lang en tests/data/bad/nbsp.xml
%exit 1
%stdout
tests/data/bad/nbsp.xml:33:55: error LKJ0104: the entity reference '&nbsp;' is not allowed
  hint: write the character itself (UTF-8), or use &amp; &lt; &gt; &quot; &apos;
lkjip: 1 file checked, 1 error, 0 warnings
