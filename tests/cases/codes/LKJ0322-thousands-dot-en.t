# The same in English: both readings, with the English thousands comma.
%args check --lang en tests/data/bad/thousands-dot.xml
%stdout
tests/data/bad/thousands-dot.xml:23:30: warning LKJ0322: the nilai '185.000' of <target tahun="2025"> in indikator 'DINKES-K4' reads as 185 or as 185,000 (a dot as thousands separator); lkjip reads 185
  hint: write 185000 if you mean 185,000; if you mean 185, write 185 (or declare desimal="3" on the <indikator>)
tests/data/bad/thousands-dot.xml:23:30: warning LKJ0323: indikator 'DINKES-K4', 2025: the target (185) is about 1000 times smaller than the PK target, versi 1 (185000)
  hint: check the unit and the zeros of both: a thousands dot (185.000 reads as 185), a different unit (thousands, millions, percent, per 1,000 or per 100,000), or a wrong ratio multiplier (pengali)
lkjip: 1 file checked, 0 errors, 2 warnings
