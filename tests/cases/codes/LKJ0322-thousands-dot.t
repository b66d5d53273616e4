# 185.000 written the Indonesian way for a hundred and eighty-five
# thousand, beside the PK's 185000: lkjip reads 185 and says so, and the
# two targets, a thousand times apart, are LKJ0323.
%args check tests/data/bad/thousands-dot.xml
%stdout
tests/data/bad/thousands-dot.xml:23:30: peringatan LKJ0322: nilai '185.000' pada <target tahun="2025"> di indikator 'DINKES-K4' dapat dibaca 185 atau 185.000 (titik pemisah ribuan); lkjip membacanya 185
  saran: tulis 185000 bila maksudnya 185.000; bila maksudnya 185, tulis 185 (atau nyatakan desimal="3" pada <indikator>)
tests/data/bad/thousands-dot.xml:23:30: peringatan LKJ0323: indikator 'DINKES-K4', tahun 2025: target (185) sekitar 1000 kali lebih kecil daripada target PK versi 1 (185000)
  saran: periksa satuan dan jumlah nol keduanya: titik pemisah ribuan (185.000 dibaca 185), satuan yang berbeda (ribu, juta, persen, per 1.000 atau per 100.000), atau pengali rasio yang salah
lkjip: 1 berkas diperiksa, 0 kesalahan, 2 peringatan
