# Two overlapping runs: the second finds the lock held and exits 4 at once
# with a clear message, writing nothing; with --wait it waits its turn.
%setup mkdir -p $TMP/out && (flock $TMP/out/.lkjip.lock sleep 3 &) && sleep 0.3
%args build tests/data/link/base -o $TMP/out --format ir --lang en
%exit 4
%check grep -q "another lkjip run holds this lock; nothing was done (--wait waits for it)" "$ERR"
%check test ! -e $TMP/out/kab-contoh
%check build/lkjip build tests/data/link/base -o $TMP/out --format ir --wait > $TMP/waited.txt && test -f $TMP/out/kab-contoh/ir.xml
