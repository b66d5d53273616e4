# A program supporting a sasaran this file does not have.
%args check tests/data/bad/program-mendukung.xml
%exit 1
%stdout
tests/data/bad/program-mendukung.xml:32:27: kesalahan LKJ0209: program 1.02.02 merujuk sasaran 'DINKES-S9' yang tidak ada di berkas ini
  saran: periksa ejaan id, atau tambahkan sasaran tersebut
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
