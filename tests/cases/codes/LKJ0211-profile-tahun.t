# A two-digit profile year.
%args check --lang en tests/data/bad/profile-tahun.xml
%exit 1
%stdout
tests/data/bad/profile-tahun.xml:4:3: error LKJ0211: the value '25' of <tahun> is outside the range (at least 2000)
  hint: write a four-digit year between 2000 and 2100
lkjip: 1 file checked, 1 error, 0 warnings
