# An overlong UTF-8 sequence, reported with its bytes and position.
%args check --lang en tests/data/hostile/invalid-utf8.xml
%exit 1
%timeout 2
%nonet
%stdout
tests/data/hostile/invalid-utf8.xml:3:19: error LKJ0102: invalid character or encoding: a byte sequence that is not valid UTF-8 (0xC0 0xAF)
  hint: save the file as UTF-8; check text pasted from Word or Excel
lkjip: 1 file checked, 1 error, 0 warnings
