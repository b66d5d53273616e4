# Three misi with one id: the second and the third are reported, each with the
# line of the first.
%args check tests/data/bad/id-three-times.xml
%exit 1
%stdout
tests/data/bad/id-three-times.xml:17:9: kesalahan LKJ0208: id 'M1' dipakai lebih dari sekali dalam berkas ini
  saran: setiap id harus unik; yang pertama ada di baris 16
tests/data/bad/id-three-times.xml:18:9: kesalahan LKJ0208: id 'M1' dipakai lebih dari sekali dalam berkas ini
  saran: setiap id harus unik; yang pertama ada di baris 16
lkjip: 1 berkas diperiksa, 2 kesalahan, 0 peringatan
