# Grades on an indikator that names no scale (target and realisasi).
%args check tests/data/bad/grade-without-scale.xml
%exit 1
%stdout
tests/data/bad/grade-without-scale.xml:37:30: kesalahan LKJ0312: predikat 'WTP' pada indikator 'DINKES-OPINI' dipakai tanpa skala: indikator tidak memiliki atribut skala
  saran: deklarasikan <skala> dan rujuk dengan skala="…" pada indikator; pakai kode tingkat skala itu
tests/data/bad/grade-without-scale.xml:39:20: kesalahan LKJ0312: predikat 'WTP' pada indikator 'DINKES-OPINI' dipakai tanpa skala: indikator tidak memiliki atribut skala
  saran: deklarasikan <skala> dan rujuk dengan skala="…" pada indikator; pakai kode tingkat skala itu
lkjip: 1 berkas diperiksa, 2 kesalahan, 0 peringatan
