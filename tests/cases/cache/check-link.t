# A check without linking (--no-link) caches no model; a check of the
# folder, which links, then reads each clean file once more (a miss) and
# records its model, and from then on both are hits. The link diagnostics
# are the same with models from the cache.
%setup cp -r tests/data/link/base $TMP/ws && build/check/lkjip check --no-link --cache $TMP/c $TMP/ws > $TMP/plain.txt
%args check --cache $TMP/c $TMP/ws
%check grep -qx 'lkjip: 4 berkas diperiksa (0 dari cache), 0 kesalahan, 0 peringatan' $TMP/plain.txt
%check build/check/lkjip check --link --cache $TMP/c $TMP/ws > $TMP/again.txt && grep -qx 'lkjip: 4 berkas diperiksa (4 dari cache), 0 kesalahan, 0 peringatan' $TMP/again.txt
%check build/check/lkjip check --no-link --cache $TMP/c $TMP/ws | grep -qx 'lkjip: 4 berkas diperiksa (4 dari cache), 0 kesalahan, 0 peringatan'
%check sed -i 's/mendukung="KAB-S1"/mendukung="KAB-S9"/' $TMP/ws/opd-a.xml && build/check/lkjip check --link --cache $TMP/c $TMP/ws > $TMP/dangling.txt; [ $? = 1 ] && build/check/lkjip check --link $TMP/ws > $TMP/nocache.txt; diff <(grep -v '^lkjip: ' $TMP/nocache.txt) <(grep -v '^lkjip: ' $TMP/dangling.txt) && grep -q LKJ0401 $TMP/dangling.txt && grep -q '(3 dari cache)' $TMP/dangling.txt
%stdout
lkjip: 4 berkas diperiksa (0 dari cache), 0 kesalahan, 0 peringatan
