# After each published build its files' identities (device, inode, size,
# mtime, ctime) are recorded beside the render stamps: the next build links
# a report whose stat is still the recorded one without reading it. A
# report altered in place with its size kept and its mtime put back
# (touch -r) has another ctime: it is read, found changed, and rendered
# again; the build equals a clean one.
%timeout 120
%setup cp -r samples $TMP/ws && build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html && build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html
%setup ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=read -e signal=none -s 64 -o $TMP/trace build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html
%setup f=$TMP/out/kab-sukamaju/dinkes/lkjip.html && touch -r $f $TMP/ref && stat -c '%s %i %y' $f > $TMP/before && printf '99,99' | dd of=$f bs=1 seek=$(grep -bo '74,71' $f | head -1 | cut -d: -f1) conv=notrunc status=none && touch -r $TMP/ref $f && stat -c '%s %i %y' $f > $TMP/after
%args build $TMP/ws -o $TMP/out --format ir,html
%grep \(15 tidak berubah\)
# no report was read by the build before: every one was trusted by its identity
%check ! grep -q 'read(.*"<!DOCTYPE\|read(.*"<html\|read(.*"<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\n<laporan' $TMP/trace
%check grep -q 'read(' $TMP/trace
# same size, inode and mtime after the edit: only the ctime told
%check [ "$(cat $TMP/before)" = "$(cat $TMP/after)" ]
%check build/lkjip build --no-cache $TMP/ws -o $TMP/clean --format ir,html --quiet && diff -r $TMP/clean $TMP/out
