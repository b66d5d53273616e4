# Issue 13: docs/present.md's own stylesheet (docs/examples/ringkas.xsl)
# run exactly as the page writes it, from a folder holding the repository's
# samples/, build/, docs/ and stylesheets/, its output compared with the
# page's.
%timeout 120
%args --version
%check tests/readme-block.sh 'build/lkjip build samples/ -o ringkas --format present --quiet' $TMP/own docs/present.md
