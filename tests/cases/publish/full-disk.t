# Issue 11: a full disk and a read-only file system, for real (a 3 MB tmpfs
# in a private mount namespace). The first build fits; a clean rebuild
# needs room for a second copy and fails with ENOSPC: exit 3, LKJ0010, the
# output folder byte for byte as before, no staging left. Read-only: the
# same, with the cause in a coded message. Then, with room, the next build
# equals a clean one.
%timeout 120
%setup mkdir -p $TMP/disk
%args explain LKJ0010
%check unshare -m sh -c 'mount -t tmpfs -o size=3m tmpfs $TMP/disk && L=build/check/lkjip && $L build samples -o $TMP/disk/out --state $TMP/state --format ir,html --quiet && cp -a $TMP/disk/out $TMP/before && { $L build --no-cache samples -o $TMP/disk/out --state $TMP/state --format ir,html --lang en > $TMP/full.txt; [ $? = 3 ]; } && grep -q "fatal LKJ0010: cannot write the output: .*No space left on device" $TMP/full.txt && diff -r $TMP/before $TMP/disk/out && [ -z "$(ls -A $TMP/disk | grep -v "^out$")" ] && mount -o remount,ro $TMP/disk && { $L build samples -o $TMP/disk/out --state $TMP/state --format ir,html --lang en > $TMP/ro.txt; [ $? = 3 ]; } && grep -q "fatal LKJ0010: cannot write the output: .*Read-only file system" $TMP/ro.txt && diff -r $TMP/before $TMP/disk/out && mount -o remount,rw,size=8m $TMP/disk && $L build samples -o $TMP/disk/out --state $TMP/state --format ir,html --quiet && build/lkjip build --no-cache samples -o $TMP/clean --format ir,html --quiet && diff -r $TMP/clean $TMP/disk/out'
