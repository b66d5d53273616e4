# A target-pk naming a PK version this file does not have.
%args check tests/data/bad/target-pk-versi.xml
%exit 1
%stdout
tests/data/bad/target-pk-versi.xml:24:20: kesalahan LKJ0209: <target-pk versi="2"> di indikator 'DINKES-AKI' merujuk perjanjian kinerja versi '2' yang tidak ada di berkas ini
  saran: periksa ejaan id, atau tambahkan perjanjian kinerja versi tersebut
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
