# One grade code twice on one scale.
%args check tests/data/bad/duplicate-tingkat-kode.xml
%exit 1
%stdout
tests/data/bad/duplicate-tingkat-kode.xml:18:14: kesalahan LKJ0208: kode tingkat skala 'WTP' dipakai lebih dari sekali dalam berkas ini
  saran: setiap kode tingkat skala harus unik; yang pertama ada di baris 17
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
