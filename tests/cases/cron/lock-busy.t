# Two overlapping runs: the second finds the lock held and exits 4 at once
# with a coded message (LKJ0015), writing nothing; with --wait it waits its
# turn. The lock lives in the state folder beside the output folder.
%setup mkdir -p $TMP/.out.lkjip && (flock $TMP/.out.lkjip/lock sleep 3 &) && sleep 0.3
%args build tests/data/link/base -o $TMP/out --format ir --lang en
%exit 4
%grep warning LKJ0015: another lkjip run holds the lock .*/\.out\.lkjip/lock; nothing was done
%check test ! -e $TMP/out/kab-contoh
%check build/lkjip build tests/data/link/base -o $TMP/out --format ir --wait > $TMP/waited.txt && test -f $TMP/out/kab-contoh/ir.xml
