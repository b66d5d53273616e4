# Two sub kegiatan with one code.
%args check tests/data/bad/duplicate-sub-kegiatan-kode.xml
%exit 1
%stdout
tests/data/bad/duplicate-sub-kegiatan-kode.xml:43:21: kesalahan LKJ0208: kode sub kegiatan '1.02.02.2.02.0001' dipakai lebih dari sekali dalam berkas ini
  saran: setiap kode sub kegiatan harus unik; yang pertama ada di baris 36
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
