# A unit naming itself as its parent.
%args check --lang en tests/data/bad/self-parent.xml
%exit 1
%stdout
tests/data/bad/self-parent.xml:3:65: error LKJ0317: unit 'dinkes' of level opd names itself as its parent
  hint: an OPD names its pemda with induk="…"; a provinsi has no parent
lkjip: 1 file checked, 1 error, 0 warnings
