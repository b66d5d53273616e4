# Two perjanjian-kinerja with versi 1.
%args check tests/data/bad/duplicate-pk-versi.xml
%exit 1
%stdout
tests/data/bad/duplicate-pk-versi.xml:56:23: kesalahan LKJ0208: versi perjanjian kinerja '1' dipakai lebih dari sekali dalam berkas ini
  saran: setiap versi perjanjian kinerja harus unik; yang pertama ada di baris 45
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
