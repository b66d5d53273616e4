# --log appends plain, greppable, time-stamped lines: every diagnostic and a
# summary with files, cache hits, units, reports, errors, warnings and seconds; --quiet keeps stdout
# to the problems (no summary) while the log has everything.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/<target tahun="2025" nilai="100"\/>/<target tahun="2025" nilai="0"\/>/' $TMP/ws/opd-a.xml
%args build $TMP/ws -o $TMP/out --format ir --quiet --lang en --log $TMP/lkjip.log
%check grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z lkjip\[[0-9]+\] .*opd-a.xml:16:7: warning LKJ0414: ' $TMP/lkjip.log
%check grep -Eq 'lkjip\[[0-9]+\] build: 4 files \(0 cached\), 3 units in 1 part, 0 models on disk, 3 reports \(0 unchanged\), 0 errors, 1 warnings, [0-9]+\.[0-9]{2} s$' $TMP/lkjip.log
%check grep -q 'lkjip: 4 files read (0 from the cache), 3 units, 3 reports written to' $TMP/lkjip.log
%check build/lkjip check --quiet --log $TMP/lkjip.log tests/data/hostile/empty.xml; grep -q 'error LKJ0006: the file is empty\|kesalahan LKJ0006' $TMP/lkjip.log && [ "$(grep -c ' lkjip\[' $TMP/lkjip.log)" -ge 5 ]
%stdout
$TMP/ws/opd-a.xml:16:7: warning LKJ0414: the target of indikator 'A-I1' for 2025 is 0: no capaian is computed
  hint: a target of 0 only makes sense for a negative indicator with realisasi 0 ("zero cases"); check the target
