# A negative pagu.
%args check --lang en tests/data/bad/negative-pagu.xml
%exit 1
%stdout
tests/data/bad/negative-pagu.xml:38:9: error LKJ0211: the value '-250000000' of <pagu> in sub-kegiatan 1.02.02.2.02.0001 is outside the range (at least 0)
  hint: the value must be at least 0
lkjip: 1 file checked, 1 error, 0 warnings
