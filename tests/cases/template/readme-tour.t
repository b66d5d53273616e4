# Issue 14: the README's workbook tour, run exactly as written (relative
# paths, from a folder holding the repository's samples/ and build/), its
# output compared line by line with the README's.
%timeout 120
%args --version
%check tests/readme-block.sh 'build/lkjip template samples/ -o workbooks --quiet' $TMP/tour
