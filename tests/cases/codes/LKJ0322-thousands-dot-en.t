# The same in English: both readings, with the English thousands comma.
%args check --lang en tests/data/bad/thousands-dot.xml
%stdout
tests/data/bad/thousands-dot.xml:23:30: warning LKJ0322: the nilai '185.000' of <target tahun="2025"> in indikator 'DINKES-K4' reads as 185 or as 185,000 (a dot as thousands separator); lkjip reads 185
  hint: write 185000 if you mean 185,000; if you mean 185, write 185 (or declare desimal="3" on the <indikator>)
lkjip: 1 file checked, 0 errors, 1 warning
