# An encoding iconv does not know.
%args check --lang en tests/data/bad/unknown-encoding.xml
%exit 1
%stdout
tests/data/bad/unknown-encoding.xml:1:1: error LKJ0102: invalid character or encoding: the encoding 'KOI-99' is not supported
  hint: save the file as UTF-8; check text pasted from Word or Excel
lkjip: 1 file checked, 1 error, 0 warnings
