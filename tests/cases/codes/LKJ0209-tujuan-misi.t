# A tujuan naming a misi this file does not have.
%args check tests/data/bad/tujuan-misi.xml
%exit 1
%stdout
tests/data/bad/tujuan-misi.xml:16:26: kesalahan LKJ0209: tujuan 'DINKES-T1' merujuk misi 'M1' yang tidak ada di berkas ini
  saran: periksa ejaan id, atau tambahkan misi tersebut
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
