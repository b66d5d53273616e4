# mendukung=" DINKES-S9" (an xs:token: the space collapses): found by its position.
%args check tests/data/bad/mendukung-whitespace.xml
%exit 1
%stdout
tests/data/bad/mendukung-whitespace.xml:32:27: kesalahan LKJ0209: program 1.02.02 merujuk sasaran 'DINKES-S9' yang tidak ada di berkas ini
  saran: periksa ejaan id, atau tambahkan sasaran tersebut
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
