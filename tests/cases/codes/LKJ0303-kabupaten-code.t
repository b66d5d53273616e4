# A kabupaten code without its dot (3301).
%args check tests/data/bad/kabupaten-code.xml
%exit 1
%stdout
tests/data/bad/kabupaten-code.xml:3:41: kesalahan LKJ0303: kode unit '3301' tidak sesuai tingkat kabupaten
  saran: bentuk yang benar: kode wilayah provinsi.kabupaten (33.01)
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
