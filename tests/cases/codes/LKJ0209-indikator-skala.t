# An indikator naming a skala this file does not have.
%args check tests/data/bad/indikator-skala.xml
%exit 1
%stdout
tests/data/bad/indikator-skala.xml:20:81: kesalahan LKJ0209: indikator 'DINKES-AKI' merujuk skala 'opini' yang tidak ada di berkas ini
  saran: periksa ejaan id, atau tambahkan skala tersebut
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
