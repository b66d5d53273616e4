# desimal on an indikator is a whole number 0-6, not a word.
%args check tests/data/bad/desimal-word.xml
%exit 1
%stdout
tests/data/bad/desimal-word.xml:26:75: kesalahan LKJ0205: nilai 'tiga' pada desimal di indikator 'DINKES-PREV' bukan jumlah desimal
  saran: tulis bilangan bulat 0 sampai 6, misalnya desimal="3"
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
