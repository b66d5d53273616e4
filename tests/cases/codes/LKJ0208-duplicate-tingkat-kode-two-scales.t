# Grade codes are unique per scale: WTP on two scales is fine, WTP twice
# on the second scale is not. Reported at the second scale's second WTP.
%args check tests/data/bad/duplicate-tingkat-kode-two-scales.xml
%exit 1
%stdout
tests/data/bad/duplicate-tingkat-kode-two-scales.xml:22:14: kesalahan LKJ0208: kode tingkat skala 'WTP' dipakai lebih dari sekali dalam berkas ini
  saran: setiap kode tingkat skala harus unik; yang pertama ada di baris 20
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
