# A two-digit plan year (21 for 2021).
%args check tests/data/bad/year-too-small.xml
%exit 1
%stdout
tests/data/bad/year-too-small.xml:15:38: kesalahan LKJ0211: nilai '21' pada awal di <periode-rencana> di luar rentang (min. 2000)
  saran: tulis tahun empat digit antara 2000 dan 2100
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
