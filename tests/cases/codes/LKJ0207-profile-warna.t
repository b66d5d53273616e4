# A category colour that is not #RRGGBB.
%args check --lang en tests/data/bad/profile-warna.xml
%exit 1
%stdout
tests/data/bad/profile-warna.xml:9:58: error LKJ0207: the value 'hijau' of warna in kategori ST does not have the shape of a colour #RRGGBB
  hint: for example #1a7f37
lkjip: 1 file checked, 1 error, 0 warnings
