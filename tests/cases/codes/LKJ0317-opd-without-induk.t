# An OPD that does not name its pemda.
%args check --lang en tests/data/bad/opd-without-induk.xml
%exit 1
%stdout
tests/data/bad/opd-without-induk.xml:3:3: error LKJ0317: unit 'dinkes' of level opd does not name its pemda (attribute induk)
  hint: an OPD names its pemda with induk="…"; a provinsi has no parent
lkjip: 1 file checked, 1 error, 0 warnings
