# catatan belongs to realisasi values, not to <target>.
%args check --lang en tests/data/bad/attribute-of-other-element.xml
%exit 1
%stdout
tests/data/bad/attribute-of-other-element.xml:23:41: error LKJ0204: the attribute 'catatan' is not allowed on <target tahun="2025"> in indikator 'DINKES-AKI'
  hint: check its spelling; the valid attributes are listed in docs/format.md
lkjip: 1 file checked, 1 error, 0 warnings
