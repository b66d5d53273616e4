# A grade realisasi (WTX) that is not on the indikator's scale.
%args check --lang en tests/data/bad/grade-not-on-scale.xml
%exit 1
%stdout
tests/data/bad/grade-not-on-scale.xml:39:20: error LKJ0312: the grade 'WTX' of indikator 'DINKES-OPINI' is not on the scale 'opini'
  hint: declare a <skala> and name it with skala="…" on the indikator; use that scale's codes
lkjip: 1 file checked, 1 error, 0 warnings
