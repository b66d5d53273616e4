# On a terminal a counter shows the files read and then the units rendered
# ("8/8 …"), and the line is cleared before the summary; without a terminal
# (cron, a pipe) standard error stays empty.
%args build samples/ -o $TMP/plain --format ir
%check script -qc "build/check/lkjip build samples/ -o $TMP/tty --format ir" /dev/null | tr '\r' '\n' > $TMP/tty.txt; grep -qx '9 …' $TMP/tty.txt && grep -qx '8/8 …' $TMP/tty.txt
%check [ ! -s "$ERR" ]
%stdout
lkjip: 9 berkas dibaca (0 dari cache), 8 unit, 8 laporan ditulis ke $TMP/plain (0 tidak berubah), 0 kesalahan, 0 peringatan
