# An element prefix without its xmlns:prefix declaration.
%args check tests/data/bad/undeclared-prefix.xml
%exit 1
%stdout
tests/data/bad/undeclared-prefix.xml:21:16: kesalahan LKJ0101: XML tidak well-formed: awalan namespace 'x' tidak dideklarasikan
  saran: deklarasikan dengan xmlns:awalan="…" atau hapus awalannya
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
