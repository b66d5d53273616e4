# A number in Indonesian notation, dots and a decimal comma (1.250,5).
%args check --lang en tests/data/bad/thousands-dots-and-comma.xml
%exit 1
%stdout
tests/data/bad/thousands-dots-and-comma.xml:23:30: error LKJ0205: the value '1.250,5' of nilai in <target tahun="2025"> in indikator 'DINKES-AKI' is not a number
  hint: write it without thousands separators: 1250.5
lkjip: 1 file checked, 1 error, 0 warnings
