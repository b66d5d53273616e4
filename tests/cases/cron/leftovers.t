# What a killed run leaves is gone after the next run, which removes it once
# it holds the lock: its staging tree (.out.lkjip-new, even a symlink planted
# in its place), a half-done publish on a file system without exchange, and
# the temporary files of lkjip before 0.2 inside the output folder (each
# build replaces the whole folder).
%setup mkdir -p $TMP/out/kab-sukamaju/dinkes $TMP/.out.lkjip-new/kab-sukamaju $TMP/.out.lkjip/cache && touch $TMP/out/.lkjip-output $TMP/out/kab-sukamaju/lkjip.html.tmp.Ab12Cd $TMP/out/kab-sukamaju/dinkes/grafik-1.svg.tmp.zzzzzz $TMP/.out.lkjip-new/kab-sukamaju/lkjip.html $TMP/.out.lkjip/cache/i-00.lkc.tmp.QWERTY
%args build samples/ -o $TMP/out --format ir --quiet
%check [ -z "$(find $TMP/out $TMP/.out.lkjip -name '*.tmp.??????')" ]
%check [ ! -e $TMP/.out.lkjip-new ] && [ ! -e $TMP/.out.lkjip-old ]
%check test -f $TMP/out/kab-sukamaju/ir.xml -a -f $TMP/out/.lkjip-output
%check rm -rf $TMP/.out.lkjip-new && mkdir $TMP/victim && touch $TMP/victim/keep && ln -s $TMP/victim $TMP/.out.lkjip-new && build/check/lkjip build samples/ -o $TMP/out --format ir --quiet && [ -f $TMP/victim/keep ] && [ ! -e $TMP/.out.lkjip-new ]
%check mv $TMP/out $TMP/.out.lkjip-old && build/check/lkjip build samples/ -o $TMP/out --format ir --quiet && [ ! -e $TMP/.out.lkjip-old ] && test -f $TMP/out/kab-sukamaju/ir.xml
