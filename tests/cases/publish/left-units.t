# Issue 11: the reports of a unit that left the workspace leave the output
# folder in the same commit, so an incremental build equals a clean one.
%setup cp -r samples $TMP/ws && build/lkjip build $TMP/ws -o $TMP/out --format ir,html > /dev/null && rm $TMP/ws/kab-sukamaju/opd-bappeda.xml
%args build $TMP/ws -o $TMP/out --format ir,html --quiet
%check [ -d $TMP/out/kab-sukamaju/dinkes ] && [ ! -e $TMP/out/kab-sukamaju/bappeda ]
%check build/lkjip build --no-cache $TMP/ws -o $TMP/clean --format ir,html --quiet && diff -r $TMP/clean $TMP/out
