# A submission in another format version (urn:lkjip:submission:2).
%args check --lang en tests/data/bad/namespace-version-2.xml
%exit 1
%stdout
tests/data/bad/namespace-version-2.xml:2:1: error LKJ0110: not an lkjip document: root element <submisi> in the namespace 'urn:lkjip:submission:2'
  hint: a submission starts with <submisi xmlns="urn:lkjip:submission:1">, a profile with <profil xmlns="urn:lkjip:workspace:1">
lkjip: 1 file checked, 1 error, 0 warnings
