# Two programs supporting the same missing sasaran: both are reported.
%args check tests/data/bad/two-programs.xml
%exit 1
%stdout
tests/data/bad/two-programs.xml:45:27: kesalahan LKJ0209: program 1.02.03 merujuk sasaran 'DINKES-S9' yang tidak ada di berkas ini
  saran: periksa ejaan id, atau tambahkan sasaran tersebut
tests/data/bad/two-programs.xml:55:27: kesalahan LKJ0209: program 1.02.04 merujuk sasaran 'DINKES-S9' yang tidak ada di berkas ini
  saran: periksa ejaan id, atau tambahkan sasaran tersebut
lkjip: 1 berkas diperiksa, 2 kesalahan, 0 peringatan
