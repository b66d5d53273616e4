# id=" DINKES-S1 " (an xs:token: the spaces collapse) repeats the sasaran's id.
# The second use (the indikator) is reported, with the line of the first.
%args check tests/data/bad/duplicate-id-whitespace.xml
%exit 1
%stdout
tests/data/bad/duplicate-id-whitespace.xml:20:18: kesalahan LKJ0208: id 'DINKES-S1' dipakai lebih dari sekali dalam berkas ini
  saran: setiap id harus unik; yang pertama ada di baris 18
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
