# Two kegiatan with one code under one program.
%args check tests/data/bad/duplicate-kegiatan-kode.xml
%exit 1
%stdout
tests/data/bad/duplicate-kegiatan-kode.xml:44:15: kesalahan LKJ0208: kode kegiatan '1.02.02.2.02' dipakai lebih dari sekali dalam berkas ini
  saran: setiap kode kegiatan harus unik; yang pertama ada di baris 34
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
