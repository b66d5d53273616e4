# A pagu with 'Rp' in front.
%args check --lang en tests/data/bad/rupiah-prefix.xml
%exit 1
%stdout
tests/data/bad/rupiah-prefix.xml:38:9: error LKJ0205: the value 'Rp250000000' of <pagu> in sub-kegiatan 1.02.02.2.02.0001 is not an amount in rupiah
  hint: write rupiah without thousands separators and without 'Rp': 250000000
lkjip: 1 file checked, 1 error, 0 warnings
