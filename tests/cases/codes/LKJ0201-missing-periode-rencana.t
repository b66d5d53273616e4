# <periode-rencana> left out of <submisi>.
%args check --lang en tests/data/bad/missing-periode-rencana.xml
%exit 1
%stdout
tests/data/bad/missing-periode-rencana.xml:15:3: error LKJ0201: <submisi tahun="2025"> lacks the required element <periode-rencana>
  hint: add <periode-rencana> inside <submisi tahun="2025"> (element order: docs/format.md)
lkjip: 1 file checked, 1 error, 0 warnings
