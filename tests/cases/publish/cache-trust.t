# Issue 11: the cache is never trusted. It lives in the state folder
# (.out.lkjip/cache, mode 0700, outside what is published). A FIFO planted
# at an entry's name does not block the build; an old entry replayed with
# its content digest rewritten to the current file's fails its MAC and the
# report shows the current numbers, byte for byte a clean build's.
%timeout 60
%setup cp -r samples $TMP/ws && build/check/lkjip build $TMP/ws -o $TMP/out --format ir > /dev/null && cp -a $TMP/.out.lkjip/cache $TMP/old-cache
%setup sed -i 's/<tahunan nilai="74.71"\/>/<tahunan nilai="74.31"\/>/' $TMP/ws/kab-sukamaju/opd-dinkes.xml && build/check/lkjip build $TMP/ws -o $TMP/out --format ir > /dev/null
%setup cd $TMP/old-cache && for f in i-*.lkc; do cmp -s $f $TMP/.out.lkjip/cache/$f || cp $f $TMP/.out.lkjip/cache/$f; done; sha256sum $TMP/ws/kab-sukamaju/opd-dinkes.xml | cut -c1-64 | xxd -r -p > $TMP/digest && for f in $TMP/.out.lkjip/cache/i-*.lkc; do dd if=$TMP/digest of=$f bs=1 seek=40 conv=notrunc status=none; done
%args build $TMP/ws -o $TMP/out --format ir
%check [ "$(stat -c %a $TMP/.out.lkjip/cache)" = 700 ] && [ "$(stat -c %a $TMP/.out.lkjip/cache/key)" = 600 ] && [ ! -e $TMP/out/.lkjip-cache ]
%check build/lkjip build --no-cache $TMP/ws -o $TMP/clean --format ir --quiet && diff -r $TMP/clean $TMP/out
%check f=$(ls $TMP/.out.lkjip/cache/i-*.lkc | head -1) && rm $f && mkfifo $f && timeout 10 build/check/lkjip build $TMP/ws -o $TMP/out --format ir --quiet
%grep \(0 dari cache\)
