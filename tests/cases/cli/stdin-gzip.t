# gzip on standard input is recognised by its magic bytes.
%setup gzip -9n < tests/data/hostile/invalid-utf8.xml > $TMP/in.gz
%args check --lang en -
%stdin $TMP/in.gz
%exit 1
%grep ^-:3:19: error LKJ0102
