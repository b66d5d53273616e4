# The file stops in the middle (an interrupted upload): elements left open.
%args check --lang en tests/data/bad/truncated.xml
%exit 1
%stdout
tests/data/bad/truncated.xml:32:1: error LKJ0101: XML is not well-formed: the file ends before every element is closed
  hint: the file may be truncated; check the closing tags at its end
lkjip: 1 file checked, 1 error, 0 warnings
