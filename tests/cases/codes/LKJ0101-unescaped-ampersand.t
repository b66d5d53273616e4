# A bare '&' in text ("Perorangan & Upaya").
%args check tests/data/bad/unescaped-ampersand.xml
%exit 1
%stdout
tests/data/bad/unescaped-ampersand.xml:33:57: kesalahan LKJ0101: XML tidak well-formed: karakter '&' yang tidak di-escape
  saran: tulis '&' sebagai &amp; (misalnya "Sarana &amp; Prasarana")
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
