# Same inputs, same bytes: a letter has no date unless SOURCE_DATE_EPOCH
# gives one (lkjip never reads the clock for what it publishes), and then it
# is that day's, the same in every run.
%args check --letters $TMP/a tests/data/bad/missing-satuan.xml
%exit 1
%check ! grep -q 'Diperiksa dengan lkjip [0-9.]* ·' $TMP/a/dinkes.html
%check build/check/lkjip check --letters $TMP/b tests/data/bad/missing-satuan.xml > /dev/null; diff -r $TMP/a $TMP/b
%check SOURCE_DATE_EPOCH=1767225600 build/check/lkjip check --letters $TMP/c tests/data/bad/missing-satuan.xml > /dev/null; grep -q 'Diperiksa dengan lkjip [0-9.]* · 1 Januari 2026' $TMP/c/dinkes.html && grep -q '· 1 Januari 2026' $TMP/c/index.html
%check SOURCE_DATE_EPOCH=1767225600 build/check/lkjip check --letters $TMP/d tests/data/bad/missing-satuan.xml > /dev/null; diff -r $TMP/c $TMP/d
