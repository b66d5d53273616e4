# The temporary files a killed run leaves (NAME.tmp.XXXXXX, beside reports
# and in the cache) are removed by the next run once it holds the lock;
# other files that merely contain ".tmp." stay.
%setup mkdir -p $TMP/out/kab-sukamaju/dinkes $TMP/out/.lkjip-cache && touch $TMP/out/kab-sukamaju/lkjip.html.tmp.Ab12Cd $TMP/out/kab-sukamaju/dinkes/grafik-1.svg.tmp.zzzzzz $TMP/out/.lkjip-cache/i-00.lkc.tmp.QWERTY $TMP/out/catatan.tmp.txt
%args build samples/ -o $TMP/out --format ir --quiet
%check [ -z "$(find $TMP/out -name '*.tmp.??????')" ]
%check [ -e $TMP/out/catatan.tmp.txt ]
