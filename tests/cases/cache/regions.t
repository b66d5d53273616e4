# The release binary (not the ASan one, where they are off) unpacks the
# cached models into 2 MiB regions that may be huge pages, and keeps the
# measures in large mapped tables (arena.c): a first build with the cache,
# a rebuild with nothing changed, a rebuild after one OPD changed and one
# after it changed back, at -j 2 and -j 1: each byte for byte the clean
# --no-cache build of the same inputs.
%release
%timeout 300
%setup bench/gen count 40 $TMP/ws > /dev/null && build/lkjip build -q --no-cache $TMP/ws -o $TMP/clean --format ir,html && cp -r $TMP/ws $TMP/ws0
%args build -q -j 2 $TMP/ws -o $TMP/out --format ir,html
%check diff -r $TMP/clean $TMP/out
%check build/lkjip build -q -j 2 $TMP/ws -o $TMP/out --format ir,html && diff -r $TMP/clean $TMP/out
%check f=$(find $TMP/ws -name 'opd-*.xml' | sort | head -1) && awk '!done && /<bulan [^>]*nilai="/ {sub(/nilai="/, "nilai=\"1"); done = 1} {print}' $f > $TMP/edited && cp $TMP/edited $f && build/lkjip build -q --no-cache $TMP/ws -o $TMP/clean2 --format ir,html && ! diff -rq $TMP/clean $TMP/clean2 > /dev/null && build/lkjip build -q -j 2 $TMP/ws -o $TMP/out --format ir,html && diff -r $TMP/clean2 $TMP/out && build/lkjip build -q -j 1 $TMP/ws -o $TMP/out1 --format ir,html && diff -r $TMP/clean2 $TMP/out1
%check rm -rf $TMP/ws && cp -r $TMP/ws0 $TMP/ws && build/lkjip build -q -j 2 $TMP/ws -o $TMP/out --format ir,html && diff -r $TMP/clean $TMP/out
