# Two programs with one code.
%args check tests/data/bad/duplicate-program-kode.xml
%exit 1
%stdout
tests/data/bad/duplicate-program-kode.xml:45:12: kesalahan LKJ0208: kode program '1.02.02' dipakai lebih dari sekali dalam berkas ini
  saran: setiap kode program harus unik; yang pertama ada di baris 32
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
