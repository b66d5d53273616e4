# A year with the letter O for a zero (2O25).
%args check tests/data/bad/bad-year.xml
%exit 1
%stdout
tests/data/bad/bad-year.xml:2:41: kesalahan LKJ0205: nilai '2O25' pada <submisi tahun="2O25"> bukan tahun
  saran: tulis tahun empat digit antara 2000 dan 2100
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
