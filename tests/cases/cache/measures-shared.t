# With the cache, a build makes the measures on a thread of its own while
# the workers carry over the units whose inputs did not change; a unit to
# render before the measures are ready is put aside (16 at most; past
# those a worker waits) and rendered once they are. A first build with the
# cache (42 units: every one to render, 16 put aside, the rest waiting), a
# rebuild after one OPD changed, at -j 1 and -j 2: each byte for byte the
# clean --no-cache build.
%timeout 300
%setup bench/gen count 40 $TMP/ws > /dev/null && build/lkjip build -q --no-cache $TMP/ws -o $TMP/clean --format ir,html
%args build -q -j 2 $TMP/ws -o $TMP/out --format ir,html
%check diff -r $TMP/clean $TMP/out
%check build/check/lkjip build -q -j 1 $TMP/ws -o $TMP/out1 --format ir,html && diff -r $TMP/clean $TMP/out1
%check f=$(find $TMP/ws -name 'opd-*.xml' | sort | head -1) && awk '!done && /<bulan [^>]*nilai="/ {sub(/nilai="/, "nilai=\"1"); done = 1} {print}' $f > $TMP/edited && cp $TMP/edited $f && build/lkjip build -q --no-cache $TMP/ws -o $TMP/clean2 --format ir,html && ! diff -rq $TMP/clean $TMP/clean2 > /dev/null && build/check/lkjip build -q -j 2 $TMP/ws -o $TMP/out --format ir,html && diff -r $TMP/clean2 $TMP/out && build/check/lkjip build -q -j 1 $TMP/ws -o $TMP/out1 --format ir,html && diff -r $TMP/clean2 $TMP/out1
