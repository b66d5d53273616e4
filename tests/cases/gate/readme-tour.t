# Issue 12: the README's tour of the gate, run exactly as written (relative
# paths, from a folder holding the repository's samples/ and build/), its
# output compared line by line with the README's (dates aside: they are the
# day the tour is run).
%timeout 60
%args check --no-link samples/kab-sukamaju/opd-dinkes.xml
%grep ^lkjip: 1 berkas diperiksa, 0 kesalahan, 0 peringatan$
%check tests/readme-block.sh 'cp -r samples my-ws' $TMP/tour
