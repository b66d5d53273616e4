# versi="02" (value 2) with only PK version 1: found by its position all the same.
%args check tests/data/bad/target-pk-versi-leading-zero.xml
%exit 1
%stdout
tests/data/bad/target-pk-versi-leading-zero.xml:24:20: kesalahan LKJ0209: <target-pk versi="02"> di indikator 'DINKES-AKI' merujuk perjanjian kinerja versi '2' yang tidak ada di berkas ini
  saran: periksa ejaan id, atau tambahkan perjanjian kinerja versi tersebut
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
