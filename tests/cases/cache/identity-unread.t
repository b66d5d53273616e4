# A file whose identity the cache recorded (and not racy: older than the
# run that recorded it) is opened and stat'ed but not read: its recorded
# result stands for it. (The first run may find the files racy when they
# were copied in the same clock tick; the second records them for good.)
%setup mkdir -p $TMP/w && cp samples/kab-sukamaju/opd-dlh.xml samples/kab-sukamaju/opd-dinkes.xml $TMP/w/
%setup build/check/lkjip check --no-link --lang en --cache $TMP/c $TMP/w > /dev/null && build/check/lkjip check --no-link --lang en --cache $TMP/c $TMP/w > /dev/null
%args check --no-link --lang en --cache $TMP/c $TMP/w
%grep ^lkjip: 2 files checked \(2 from the cache\), 0 errors, 0 warnings$
%check ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=read -e signal=none -o $TMP/trace build/check/lkjip check --no-link --lang en --cache $TMP/c $TMP/w > $TMP/traced.txt && grep -qx 'lkjip: 2 files checked (2 from the cache), 0 errors, 0 warnings' $TMP/traced.txt
%check ! grep -q '<?xml' $TMP/trace
# without the cache the same trace does show the files' bytes read
%check ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=read -e signal=none -o $TMP/trace2 build/check/lkjip check --no-link --lang en $TMP/w > /dev/null && grep -q '<?xml' $TMP/trace2
