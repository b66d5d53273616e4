# One bad id (2X) in a list of ids: one diagnostic, naming that id.
%args check --lang en tests/data/bad/mendukung-list-item.xml
%exit 1
%stdout
tests/data/bad/mendukung-list-item.xml:18:29: error LKJ0207: the value '2X' of mendukung in sasaran 'DINKES-S1' does not have the shape of an id
  hint: an id starts with a letter, then letters, digits, _ . or - (at most 64)
lkjip: 1 file checked, 1 error, 0 warnings
