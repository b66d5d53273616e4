# Issue 11: a render stamp records each output's bytes (SHA-256), not just
# its name and size. A published report altered in place without changing
# its size, or swapped for another unit's of the same name, is rendered
# again: the next build equals a clean one.
%setup cp -r samples $TMP/ws && build/check/lkjip build $TMP/ws -o $TMP/out --format ir,html > /dev/null
%setup f=$TMP/out/kab-sukamaju/dinkes/lkjip.html && sed -i 's/74,71/99,99/' $f && cp $TMP/out/kab-sukamaju/dlh/ir.xml $TMP/out/kab-sukamaju/dinsos/ir.xml
%args build $TMP/ws -o $TMP/out --format ir,html
%grep \(14 tidak berubah\)
%check build/lkjip build --no-cache $TMP/ws -o $TMP/clean --format ir,html --quiet && diff -r $TMP/clean $TMP/out
