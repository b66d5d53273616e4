# A grade target with a number realisasi.
%args check tests/data/bad/grade-target-number-realisasi.xml
%exit 1
%stdout
tests/data/bad/grade-target-number-realisasi.xml:39:11: kesalahan LKJ0314: indikator 'DINKES-OPINI' memiliki target predikat tetapi realisasi angka
  saran: target angka dengan realisasi angka/rasio, target predikat dengan realisasi predikat
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
