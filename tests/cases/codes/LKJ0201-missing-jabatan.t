# The last required child missing ('Missing child element'): <pihak-kedua>
# without <jabatan>; reported at the parent.
%args check --lang en tests/data/bad/missing-jabatan.xml
%exit 1
%stdout
tests/data/bad/missing-jabatan.xml:51:5: error LKJ0201: <pihak-kedua> lacks the required element <jabatan>
  hint: add <jabatan> inside <pihak-kedua> (element order: docs/format.md)
lkjip: 1 file checked, 1 error, 0 warnings
