# The same in English.
%args check --lang en tests/data/bad/thousandfold.xml
%stdout
tests/data/bad/thousandfold.xml:20:20: warning LKJ0323: indikator 'DINKES-BUMIL', 2025: the PK target, versi 1 (4.5) is about 1000 times smaller than the target (4500)
  hint: check the unit and the zeros of both: a thousands dot (185.000 reads as 185), a different unit (thousands, millions, percent, per 1,000 or per 100,000), or a wrong ratio multiplier (pengali)
tests/data/bad/thousandfold.xml:28:30: warning LKJ0323: indikator 'DINKES-AKB', 2024: the target (9.8) is about 1083 times larger than the realisasi (0.009045226131)
  hint: check the unit and the zeros of both: a thousands dot (185.000 reads as 185), a different unit (thousands, millions, percent, per 1,000 or per 100,000), or a wrong ratio multiplier (pengali)
tests/data/bad/thousandfold.xml:35:30: warning LKJ0323: indikator 'DINKES-K1', 2025: the target (4.8) is about 980 times smaller than the realisasi (4705)
  hint: check the unit and the zeros of both: a thousands dot (185.000 reads as 185), a different unit (thousands, millions, percent, per 1,000 or per 100,000), or a wrong ratio multiplier (pengali)
tests/data/bad/thousandfold.xml:54:30: warning LKJ0323: indikator 'DINKES-STUNTING', 2025: the target (14) is about 1014 times larger than the realisasi (0.0138)
  hint: check the unit and the zeros of both: a thousands dot (185.000 reads as 185), a different unit (thousands, millions, percent, per 1,000 or per 100,000), or a wrong ratio multiplier (pengali)
lkjip: 1 file checked, 0 errors, 4 warnings
