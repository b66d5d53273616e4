# A policy given twice in <kebijakan> (each at most once).
%args check --lang en tests/data/bad/profile-policy-twice.xml
%exit 1
%stdout
tests/data/bad/profile-policy-twice.xml:7:5: error LKJ0202: the element <batas-atas> is not expected here, inside <kebijakan>
  hint: nothing more is expected here; check the spelling, or move the element
lkjip: 1 file checked, 1 error, 0 warnings
