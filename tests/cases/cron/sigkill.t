# A run killed halfway (SIGKILL) leaves the previous output intact, no lock
# behind (the kernel releases it), and the next run succeeds.
%release
%timeout 60
%setup build/lkjip build samples/ -o $TMP/out --format ir,html > /dev/null && cp -r $TMP/out $TMP/before
%setup build/lkjip build samples/ -o $TMP/out --format ir,html,docbook,pk > /dev/null & pid=$!; sleep 0.4; kill -9 $pid; wait $pid 2>/dev/null; true
%args build samples/ -o $TMP/out --format ir,html
%check for f in $(cd $TMP/before && find . -name '*.html' -o -name 'ir.xml'); do cmp -s $TMP/before/$f $TMP/out/$f || { echo "changed: $f"; exit 1; }; done
%check for f in $(find $TMP/out -name '*.html' -o -name '*.xml'); do case $f in *.html) xmllint --html --noout $f 2>&1 | grep -v 'Tag [a-zA-Z]* invalid' | grep -q error && exit 1;; *) xmllint --noout $f || exit 1;; esac; done; true
%stdout
lkjip: 9 berkas dibaca (9 dari cache), 8 unit, 16 laporan ditulis ke $TMP/out (16 tidak berubah), 0 kesalahan, 0 peringatan
