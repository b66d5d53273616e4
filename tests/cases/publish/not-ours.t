# Issue 11: a build replaces the whole output folder, so it refuses a folder
# that holds other files and is not lkjip's (LKJ0012), touching nothing;
# and a path that is a file, not a folder.
%setup mkdir -p $TMP/www && echo '<h1>Beranda</h1>' > $TMP/www/index.html
%args build tests/data/link/base -o $TMP/www --format ir --lang en
%exit 3
%grep ^.*/www: fatal LKJ0012: .*www holds other files and is not an lkjip output folder; nothing was written$
%check [ "$(ls -A $TMP/www)" = index.html ] && [ ! -e $TMP/.www.lkjip-new ]
%check touch $TMP/file && ! build/check/lkjip build tests/data/link/base -o $TMP/file --format ir > $TMP/f.txt; grep -q 'LKJ0012' $TMP/f.txt && [ -f $TMP/file ] && [ ! -s $TMP/file ]
%check mkdir $TMP/empty && build/check/lkjip build tests/data/link/base -o $TMP/empty --format ir --quiet && [ -f $TMP/empty/.lkjip-output ] && [ -f $TMP/empty/kab-contoh/ir.xml ]
