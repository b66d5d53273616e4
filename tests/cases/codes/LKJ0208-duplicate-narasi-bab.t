# Two narasi for one chapter.
%args check tests/data/bad/duplicate-narasi-bab.xml
%exit 1
%stdout
tests/data/bad/duplicate-narasi-bab.xml:59:11: kesalahan LKJ0208: bab narasi 'pendahuluan' dipakai lebih dari sekali dalam berkas ini
  saran: setiap bab narasi harus unik; yang pertama ada di baris 56
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
