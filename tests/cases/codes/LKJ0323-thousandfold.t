# Values of one year about a thousand times apart: a PK target of 4.5
# beside a target of 4500 and a realisasi of 4380 (the odd one is told), a
# realisasi-lalu ratio without its pengali, a year of monthly sums against
# a target in thousands, a quarter IV percentage written as a fraction.
%args check tests/data/bad/thousandfold.xml
%stdout
tests/data/bad/thousandfold.xml:20:20: peringatan LKJ0323: indikator 'DINKES-BUMIL', tahun 2025: target PK versi 1 (4.5) sekitar 1000 kali lebih kecil daripada target (4500)
  saran: periksa satuan dan jumlah nol keduanya: titik pemisah ribuan (185.000 dibaca 185), satuan yang berbeda (ribu, juta, persen, per 1.000 atau per 100.000), atau pengali rasio yang salah
tests/data/bad/thousandfold.xml:28:30: peringatan LKJ0323: indikator 'DINKES-AKB', tahun 2024: target (9.8) sekitar 1083 kali lebih besar daripada realisasi (0.009045226131)
  saran: periksa satuan dan jumlah nol keduanya: titik pemisah ribuan (185.000 dibaca 185), satuan yang berbeda (ribu, juta, persen, per 1.000 atau per 100.000), atau pengali rasio yang salah
tests/data/bad/thousandfold.xml:35:30: peringatan LKJ0323: indikator 'DINKES-K1', tahun 2025: target (4.8) sekitar 980 kali lebih kecil daripada realisasi (4705)
  saran: periksa satuan dan jumlah nol keduanya: titik pemisah ribuan (185.000 dibaca 185), satuan yang berbeda (ribu, juta, persen, per 1.000 atau per 100.000), atau pengali rasio yang salah
tests/data/bad/thousandfold.xml:54:30: peringatan LKJ0323: indikator 'DINKES-STUNTING', tahun 2025: target (14) sekitar 1014 kali lebih besar daripada realisasi (0.0138)
  saran: periksa satuan dan jumlah nol keduanya: titik pemisah ribuan (185.000 dibaca 185), satuan yang berbeda (ribu, juta, persen, per 1.000 atau per 100.000), atau pengali rasio yang salah
lkjip: 1 berkas diperiksa, 0 kesalahan, 4 peringatan
