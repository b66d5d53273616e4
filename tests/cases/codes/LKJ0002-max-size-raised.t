# The same file is accepted with the default limit: the padding is only
# white space between elements.
%setup { sed -n '1,2p' tests/data/ok/minimal.xml; head -c 1100000 /dev/zero | tr '\0' ' '; sed -n '3,$p' tests/data/ok/minimal.xml; } > $TMP/besar.xml
%args check --max-size 2 $TMP/besar.xml
%stdout
lkjip: 1 berkas diperiksa, 0 kesalahan, 0 peringatan
