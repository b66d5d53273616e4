# An indikator with the id of the sasaran it sits in.
%args check tests/data/bad/duplicate-id.xml
%exit 1
%stdout
tests/data/bad/duplicate-id.xml:20:18: kesalahan LKJ0208: id 'DINKES-S1' dipakai lebih dari sekali dalam berkas ini
  saran: setiap id harus unik; yang pertama ada di baris 18
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
