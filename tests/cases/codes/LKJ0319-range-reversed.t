# A range target with bawah above atas.
%args check tests/data/bad/range-reversed.xml
%exit 1
%stdout
tests/data/bad/range-reversed.xml:23:30: kesalahan LKJ0319: <target tahun="2025"> di indikator 'DINKES-AKI': bawah 96 lebih besar dari atas 90
  saran: tukar kedua nilai
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
