# Damaged compressed data (a flipped byte in the middle of the stream).
%setup gzip -9n < tests/data/ok/minimal.xml > $TMP/c.xml.gz && printf '\377\377\377\377' | dd of=$TMP/c.xml.gz bs=1 seek=200 conv=notrunc status=none
%args check --lang en $TMP/c.xml.gz
%exit 1
%timeout 2
%nonet
%grep c.xml.gz: error LKJ0009: corrupt gzip data
