# After a publish the previous tree is not removed: it stays beside the
# output folder as .NAME.lkjip-spare, and the next build brings it up to
# date (a report unchanged since is the very file already there, nothing to
# do) instead of making a new tree and removing the old one. What that
# build did not put there goes: reports of a unit gone, files put there by
# hand, a symlink planted for a unit folder (never followed), a spare that
# is itself a symlink. A folder of that name without lkjip's marker is not
# lkjip's: left alone, not used. Every build equals a clean one.
%timeout 180
%setup cp -r samples $TMP/ws && mkdir $TMP/victim && touch $TMP/victim/keep
%setup L=build/check/lkjip && $L build -q $TMP/ws -o $TMP/out --format ir,html && [ ! -e $TMP/.out.lkjip-spare ] && $L build -q $TMP/ws -o $TMP/out --format ir,html
%args build -q $TMP/ws -o $TMP/out --format ir,html
# the builds before kept the tree before theirs as the spare; an unchanged report is one file in both
%check [ -d $TMP/.out.lkjip-spare ] && [ ! -L $TMP/.out.lkjip-spare ] && [ ! -e $TMP/.out.lkjip-new ]
%check [ "$(stat -c %i $TMP/out/kab-sukamaju/dlh/lkjip.html)" = "$(stat -c %i $TMP/.out.lkjip-spare/kab-sukamaju/dlh/lkjip.html)" ]
# another build with nothing changed makes no folder: the spare has them all
%check ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=mkdir,mkdirat -e signal=none -o $TMP/mk build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html && ! grep 'lkjip-new' $TMP/mk
# one realisasi changed: the build over the spare equals a clean build
%check sed -i 's|<bulan ke="1" nilai="54.06"/>|<bulan ke="1" nilai="58.06"/>|' $TMP/ws/kab-sukamaju/opd-dlh.xml && build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html && build/lkjip build --no-cache -q $TMP/ws -o $TMP/c1 --format ir,html && diff -r $TMP/c1 $TMP/out
# files put in the spare by hand, and a unit folder replaced by a symlink: gone, the victim untouched
%check S=$TMP/.out.lkjip-spare && touch $S/stray.html $S/kab-sukamaju/dlh/stray.svg && rm -rf $S/kab-sukamaju/dinkes && ln -s $TMP/victim $S/kab-sukamaju/dinkes && build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html && diff -r $TMP/c1 $TMP/out && [ "$(ls $TMP/victim)" = keep ]
# a unit gone from the workspace: gone from the output, and from the spare one build later
%check rm $TMP/ws/kab-sukamaju/opd-dlh.xml && build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html && build/lkjip build --no-cache -q $TMP/ws -o $TMP/c2 --format ir,html && diff -r $TMP/c2 $TMP/out && build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html && diff -r $TMP/c2 $TMP/out && [ ! -e $TMP/.out.lkjip-spare/kab-sukamaju/dlh ]
# a spare that is a symlink is removed, not followed
%check rm -rf $TMP/.out.lkjip-spare && ln -s $TMP/victim $TMP/.out.lkjip-spare && build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html && diff -r $TMP/c2 $TMP/out && [ "$(ls $TMP/victim)" = keep ] && [ -d $TMP/.out.lkjip-spare ] && [ ! -L $TMP/.out.lkjip-spare ]
# a folder of the spare's name that is not an lkjip output: untouched, not used
%check rm -rf $TMP/.out.lkjip-spare && mkdir $TMP/.out.lkjip-spare && echo mine > $TMP/.out.lkjip-spare/notes.txt && build/check/lkjip build -q $TMP/ws -o $TMP/out --format ir,html && diff -r $TMP/c2 $TMP/out && [ "$(ls -A $TMP/.out.lkjip-spare)" = notes.txt ] && [ ! -e $TMP/.out.lkjip-new ]
