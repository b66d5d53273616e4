# A child element in another namespace (the workspace one): the name is right,
# the namespace is not.
# Expected: the hint names the wrong namespace (not 'did you mean <satuan>?').
%args check --lang en tests/data/bad/wrong-namespace.xml
%exit 1
%stdout
tests/data/bad/wrong-namespace.xml:22:9: error LKJ0202: the element <satuan> is not expected here, inside indikator 'DINKES-AKI'
  hint: the element is in the namespace 'urn:lkjip:workspace:1'; the elements of a submission are in urn:lkjip:submission:1
lkjip: 1 file checked, 1 error, 0 warnings
