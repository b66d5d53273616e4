# Rupiah written with thousands dots (250.000.000).
%args check tests/data/bad/thousands-dots.xml
%exit 1
%stdout
tests/data/bad/thousands-dots.xml:38:9: kesalahan LKJ0205: nilai '250.000.000' pada <pagu> di sub-kegiatan 1.02.02.2.02.0001 bukan jumlah rupiah
  saran: tulis tanpa pemisah ribuan: 250000000
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
