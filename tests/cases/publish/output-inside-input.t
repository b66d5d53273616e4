# Issue 11: with -o inside an input folder, the next run does not read its
# own reports (or state) as submissions: output folders carry .lkjip-output
# and are skipped, the state folder and the staging tree are hidden.
%setup cp -r samples $TMP/ws && build/lkjip build $TMP/ws -o $TMP/ws/out --format ir,html,docbook,pk > /dev/null
%args build $TMP/ws -o $TMP/ws/out --format ir,html,docbook,pk --lang en
%nogrep LKJ0110
%grep ^lkjip: 9 files read \([0-9] from the cache\), 8 units
