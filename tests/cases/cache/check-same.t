# check --cache DIR (each file on its own: --no-link): a cold and a warm cache print exactly what a check
# without one prints (every bad, hostile and sample input: errors, warnings,
# positions, suppressed counts), only the summary says how many files came
# from the cache. The warm run parses nothing: every file is a hit.
%args check --no-link --lang en --cache $TMP/c tests/data/bad tests/data/hostile samples
%exit 1
%check build/check/lkjip check --no-link --lang en tests/data/bad tests/data/hostile samples > $TMP/none.txt; [ $? = 1 ] && diff <(grep -v '^lkjip: ' $TMP/none.txt) <(grep -v '^lkjip: ' $OUT)
%check build/check/lkjip check --no-link --lang en --cache $TMP/c tests/data/bad tests/data/hostile samples > $TMP/warm.txt; [ $? = 1 ] && diff <(grep -v '^lkjip: ' $OUT) <(grep -v '^lkjip: ' $TMP/warm.txt)
%check grep -qx 'lkjip: 169 files checked (0 from the cache), 167 errors, 19 warnings' $OUT
%check grep -qx 'lkjip: 169 files checked (169 from the cache), 167 errors, 19 warnings' $TMP/warm.txt
%check grep -qx 'lkjip: 169 files checked, 167 errors, 19 warnings' $TMP/none.txt
