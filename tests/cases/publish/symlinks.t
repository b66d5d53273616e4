# Issue 11: nothing in the output folder is followed. A unit folder replaced
# by a symlink is not written through (the build replaces it with a real
# folder, and the symlink's target is untouched); a dangling symlink or a
# FIFO planted as the lock is refused with LKJ0013, creating nothing.
%setup cp -r samples $TMP/ws && build/lkjip build $TMP/ws -o $TMP/out --format ir,html > /dev/null
%setup mkdir $TMP/victim && echo mine > $TMP/victim/lkjip.html && rm -rf $TMP/out/kab-sukamaju/dinkes && ln -s $TMP/victim $TMP/out/kab-sukamaju/dinkes
%args build $TMP/ws -o $TMP/out --format ir,html --quiet
%check [ "$(cat $TMP/victim/lkjip.html)" = mine ] && [ "$(ls $TMP/victim)" = lkjip.html ]
%check [ -d $TMP/out/kab-sukamaju/dinkes ] && [ ! -L $TMP/out/kab-sukamaju/dinkes ] && [ -f $TMP/out/kab-sukamaju/dinkes/ir.xml ]
%check rm $TMP/.out.lkjip/lock && ln -s $TMP/planted-lock $TMP/.out.lkjip/lock && ! build/check/lkjip build $TMP/ws -o $TMP/out --format ir --lang en > $TMP/l.txt; grep -q 'fatal LKJ0013: .*lock cannot be used: symlink' $TMP/l.txt && [ ! -e $TMP/planted-lock ]
%check rm $TMP/.out.lkjip/lock && mkfifo $TMP/.out.lkjip/lock && ! timeout 10 build/check/lkjip build $TMP/ws -o $TMP/out --format ir > $TMP/f.txt; grep -q 'LKJ0013' $TMP/f.txt
