# The cache trusts a file's identity (device, inode, size, mtime, ctime)
# instead of reading it, but an edit in place of the same size whose mtime
# is put back (touch -d) still changes the ctime: the file is read and
# hashed again, its new content checked (LKJ0205), not the recorded result.
%setup mkdir -p $TMP/w && cp samples/kab-sukamaju/opd-dlh.xml $TMP/w/a.xml && touch -d '2025-01-02 03:04:05.123456789' $TMP/w/a.xml
%setup build/check/lkjip check --no-link --lang en --cache $TMP/c $TMP/w > $TMP/first.txt
%setup stat -c '%s %i %y' $TMP/w/a.xml > $TMP/before
%setup printf 'nilai="6x.24"' | dd of=$TMP/w/a.xml bs=1 seek=$(grep -bo 'nilai="67.24"' $TMP/w/a.xml | head -1 | cut -d: -f1) conv=notrunc status=none
%setup touch -d '2025-01-02 03:04:05.123456789' $TMP/w/a.xml
%args check --no-link --lang en --cache $TMP/c $TMP/w
%exit 1
%grep a\.xml:33:28: error LKJ0205: the value '6x\.24'
%grep ^lkjip: 1 file checked \(0 from the cache\), 1 error, 0 warnings$
%check grep -qx 'lkjip: 1 file checked (0 from the cache), 0 errors, 0 warnings' $TMP/first.txt
# same size, same inode, same mtime to the nanosecond: only the ctime tells
%check [ "$(stat -c '%s %i %y' $TMP/w/a.xml)" = "$(cat $TMP/before)" ]
%check grep -q '03:04:05.123456789' $TMP/before
