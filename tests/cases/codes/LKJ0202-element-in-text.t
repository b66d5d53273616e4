# Markup inside a text-only element: <b> in <satuan>.
# Expected: the element <b> reported where it stands (not LKJ0210 'must not contain
# text', which says the opposite of the problem).
%args check --lang en tests/data/bad/element-in-text.xml
%exit 1
%stdout
tests/data/bad/element-in-text.xml:22:21: error LKJ0202: the element <b> is not expected here, inside <satuan> in indikator 'DINKES-AKI'
  hint: nothing more is expected here; check the spelling, or move the element
lkjip: 1 file checked, 1 error, 0 warnings
