# A <profil> root in the submission namespace (it belongs to urn:lkjip:workspace:1).
%args check --lang en tests/data/bad/profil-in-submission-namespace.xml
%exit 1
%stdout
tests/data/bad/profil-in-submission-namespace.xml:2:1: error LKJ0110: not an lkjip document: root element <profil> in the namespace 'urn:lkjip:submission:1'
  hint: a submission starts with <submisi xmlns="urn:lkjip:submission:1">, a profile with <profil xmlns="urn:lkjip:workspace:1">
lkjip: 1 file checked, 1 error, 0 warnings
