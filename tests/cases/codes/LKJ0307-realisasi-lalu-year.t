# <realisasi-lalu> for the reporting year itself.
%args check tests/data/bad/realisasi-lalu-year.xml
%exit 1
%stdout
tests/data/bad/realisasi-lalu-year.xml:29:25: kesalahan LKJ0307: <realisasi-lalu> tahun 2025 pada indikator 'DINKES-AKI' tidak sesuai tahun laporan 2025
  saran: <realisasi> untuk tahun laporan; <realisasi-lalu> dan <baseline> untuk tahun sebelumnya
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
