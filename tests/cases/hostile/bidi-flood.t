# 220,000 direction controls: one in each of 20,000 paragraphs and 200,000
# on one 600 KB line. Finding them is one pass over the bytes and their
# lines and columns are counted on, never from the line's start again, so
# the check stays linear; every one is counted, the first are shown.
%setup { sed '$d' tests/data/ok/minimal.xml; printf '  <narasi bab="pendahuluan">\n'; awk 'BEGIN { for (i = 0; i < 20000; i++) printf "    <p>Paragraf %d \342\200\256 12 34</p>\n", i; printf "    <p>"; for (i = 0; i < 200000; i++) printf "x\342\200\256"; printf "</p>\n" }'; printf '  </narasi>\n</submisi>\n'; } > $TMP/flood.xml
%args check --lang en $TMP/flood.xml
%exit 1
%timeout 5
%grep flood.xml:57:19: error LKJ0325: the invisible bidirectional control U\+202E RIGHT-TO-LEFT OVERRIDE in the text of <p>$
%grep ^lkjip: 1 file checked, 220000 errors, 0 warnings$
