# The README's and docs/lke.md's evaluation blocks, run exactly as written,
# their output compared line by line.
%timeout 60
%args --version
%check tests/readme-block.sh 'build/lkjip evaluasi samples/lke/kab-sukamaju.lke.xml' $TMP/readme
%check tests/readme-block.sh 'build/lkjip evaluasi samples/lke/dinkes.lke.xml' $TMP/doc docs/lke.md
