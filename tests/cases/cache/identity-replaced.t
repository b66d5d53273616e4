# A file replaced by another (a new inode: an editor that saves by rename),
# of the same size and given the same mtime, is read and hashed again: the
# cache sees the new content (LKJ0205), not the result it recorded.
%setup mkdir -p $TMP/w && cp samples/kab-sukamaju/opd-dlh.xml $TMP/w/a.xml
%setup build/check/lkjip check --no-link --lang en --cache $TMP/c $TMP/w > $TMP/first.txt
%setup stat -c '%s %i %y' $TMP/w/a.xml > $TMP/before
%setup sed 's/nilai="67.24"/nilai="6x.24"/' $TMP/w/a.xml > $TMP/w/b.tmp && touch -r $TMP/w/a.xml $TMP/w/b.tmp && mv $TMP/w/b.tmp $TMP/w/a.xml
%args check --no-link --lang en --cache $TMP/c $TMP/w
%exit 1
%grep a\.xml:33:28: error LKJ0205: the value '6x\.24'
%grep ^lkjip: 1 file checked \(0 from the cache\), 1 error, 0 warnings$
%check grep -qx 'lkjip: 1 file checked (0 from the cache), 0 errors, 0 warnings' $TMP/first.txt
# same size and mtime, another inode
%check set -- $(cat $TMP/before) && [ "$(stat -c '%s' $TMP/w/a.xml)" = "$1" ] && [ "$(stat -c '%i' $TMP/w/a.xml)" != "$2" ] && [ "$(stat -c '%y' $TMP/w/a.xml)" = "$3 $4 $5" ]
