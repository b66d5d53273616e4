# Issue 13 item 8: the Word route as the README writes it
# (stylesheets/docx/docbook-docx.sh, relative paths, from a folder holding
# the repository's samples/, build/ and stylesheets/): every chart of the
# DocBook reaches Word as an image, and the Ringkasan keeps its columns
# cell by cell under pandoc (which ignores DocBook's morerows).
%timeout 180
%args --version
%setup mkdir -p $TMP/w && build/lkjip build samples/ -o $TMP/w/out --format docbook --quiet --no-cache --state $TMP/st
%check tests/readme-block.sh 'stylesheets/docx/docbook-docx.sh out/kab-sukamaju/dinkes/lkjip.xml' $TMP/w
%check tests/docx-check.py $TMP/w/out/kab-sukamaju/dinkes/lkjip.docx $TMP/w/out/kab-sukamaju/dinkes/lkjip.xml
