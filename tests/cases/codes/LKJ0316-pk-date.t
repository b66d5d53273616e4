# A PK dated two years before the reporting year: a warning, exit 0.
%args check tests/data/bad/pk-date.xml
%stdout
tests/data/bad/pk-date.xml:45:33: peringatan LKJ0316: perjanjian kinerja versi 1 bertanggal 2023-01-06, di luar tahun laporan 2025
  saran: PK ditandatangani pada awal tahun laporan (atau akhir tahun sebelumnya)
lkjip: 1 berkas diperiksa, 0 kesalahan, 1 peringatan
