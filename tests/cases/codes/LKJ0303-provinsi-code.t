# A provinsi with a kabupaten's code.
%args check --lang en tests/data/bad/provinsi-code.xml
%exit 1
%stdout
tests/data/bad/provinsi-code.xml:3:40: error LKJ0303: the unit code '33.01' does not fit the level provinsi
  hint: the right shape: two-digit region code (33)
lkjip: 1 file checked, 1 error, 0 warnings
