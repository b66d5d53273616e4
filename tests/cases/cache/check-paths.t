# The cache knows a file by where it really is: named relatively, through
# "..", or by its absolute path, it is one entry, and the diagnostics carry
# the name as given each time.
%setup build/check/lkjip check --cache $TMP/c tests/data/bad/bad-date.xml samples > /dev/null; true
%args check --cache $TMP/c tests/data/bad/../bad/bad-date.xml
%exit 1
%grep ^tests/data/bad/\.\./bad/bad-date\.xml:[0-9]+:[0-9]+: kesalahan LKJ0205: 
%grep ^lkjip: 1 berkas diperiksa \(1 dari cache\), 1 kesalahan, 0 peringatan$
%check build/check/lkjip check --cache $TMP/c "$(pwd)/samples" | grep -qx 'lkjip: 9 berkas diperiksa (9 dari cache), 0 kesalahan, 0 peringatan'
%check [ "$(ls $TMP/c | wc -l)" = 11 ]
