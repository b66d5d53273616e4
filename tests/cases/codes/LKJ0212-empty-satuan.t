# An empty <satuan></satuan>.
# <satuan> is required: the hint must not call it optional.
%args check --lang en tests/data/bad/empty-satuan.xml
%exit 1
%stdout
tests/data/bad/empty-satuan.xml:22:9: error LKJ0212: <satuan> in indikator 'DINKES-AKI' is empty
  hint: fill in the text, or leave the element out if it is optional
lkjip: 1 file checked, 1 error, 0 warnings
