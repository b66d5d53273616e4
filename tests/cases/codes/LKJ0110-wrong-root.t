# A root element lkjip does not know (<laporan>), in the right namespace.
%args check --lang en tests/data/bad/wrong-root.xml
%exit 1
%stdout
tests/data/bad/wrong-root.xml:2:1: error LKJ0110: not an lkjip document: root element <laporan> in the namespace 'urn:lkjip:submission:1'
  hint: a submission starts with <submisi xmlns="urn:lkjip:submission:1">, a profile with <profil xmlns="urn:lkjip:workspace:1">
lkjip: 1 file checked, 1 error, 0 warnings
