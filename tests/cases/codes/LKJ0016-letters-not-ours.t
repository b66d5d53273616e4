# --letters into a folder that holds other files (and is not an earlier
# letters folder) writes nothing and touches nothing: LKJ0016, exit 3.
%setup mkdir -p $TMP/www && echo '<h1>Beranda</h1>' > $TMP/www/index.html
%args check --lang en --letters $TMP/www tests/data/ok/minimal.xml
%exit 3
%grep ^.*/www: fatal LKJ0016: the letters cannot be written to .*/www: the folder holds other files, not lkjip's letters$
%grep ^  hint: give --letters a new or empty folder, or an earlier lkjip letters folder
%check [ "$(ls -A $TMP/www)" = index.html ] && grep -qx '<h1>Beranda</h1>' $TMP/www/index.html && [ ! -e $TMP/.www.lkjip-new ]
