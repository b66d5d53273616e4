# versi="01" after versi="1": the same positiveInteger, written differently.
# The second is reported, with the line of the first.
%args check tests/data/bad/duplicate-pk-versi-leading-zero.xml
%exit 1
%stdout
tests/data/bad/duplicate-pk-versi-leading-zero.xml:56:23: kesalahan LKJ0208: versi perjanjian kinerja '1' dipakai lebih dari sekali dalam berkas ini
  saran: setiap versi perjanjian kinerja harus unik; yang pertama ada di baris 45
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
