# Month 13.
%args check --lang en tests/data/bad/bulan-13.xml
%exit 1
%stdout
tests/data/bad/bulan-13.xml:27:18: error LKJ0211: the value '13' of <bulan ke="13"> in indikator 'DINKES-AKI' is outside the range (at most 12)
  hint: months 1–12, quarters 1–4, years 2000–2100
lkjip: 1 file checked, 1 error, 0 warnings
