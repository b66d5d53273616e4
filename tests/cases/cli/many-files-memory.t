# 20,000 files in one call: memory must not grow with the number of files.
# 20 folders of 1,000 (hard links to one clean file) against one folder of
# 1,000: the peak RSS may differ by at most 512 KiB.
%release
%timeout 120
%setup mkdir -p $TMP/one/d && for i in $(seq -w 1 1000); do ln tests/data/ok/minimal.xml $TMP/one/d/f$i.xml; done
%setup mkdir -p $TMP/many && for d in $(seq -w 1 20); do cp -al $TMP/one/d $TMP/many/d$d; done
%args check --no-link --lang en $TMP/many
%check /usr/bin/time -f %M -o $TMP/rss-one build/lkjip check --no-link --quiet $TMP/one && /usr/bin/time -f %M -o $TMP/rss-many build/lkjip check --no-link --quiet $TMP/many && one=$(tail -1 $TMP/rss-one) && many=$(tail -1 $TMP/rss-many) && echo "one=$one many=$many" && [ $((many - one)) -le 512 ]
%stdout
lkjip: 20000 files checked, 0 errors, 0 warnings
