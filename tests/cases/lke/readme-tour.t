# The README's and docs/lke.md's evaluation blocks, run exactly as written,
# their output compared line by line.
%timeout 120
%args --version
%check tests/readme-block.sh 'build/lkjip evaluasi samples/lke/kab-sukamaju.lke.xml' $TMP/readme
%check tests/readme-block.sh 'build/lkjip evaluasi samples/lke/dinkes.lke.xml' $TMP/doc docs/lke.md
# The README's tour of the documents and the rapor (a build's IR for
# Triwulan III, then the documents of two units with the rekap).
%check tests/readme-block.sh 'build/lkjip build samples/ -o ir --format ir --period 2025-Q3' $TMP/documents
