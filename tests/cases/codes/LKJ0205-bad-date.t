# A PK date written DD-MM-YYYY.
%args check --lang en tests/data/bad/bad-date.xml
%exit 1
%stdout
tests/data/bad/bad-date.xml:45:33: error LKJ0205: the value '06-01-2025' of tanggal in <perjanjian-kinerja versi="1"> is not a date
  hint: write dates as YYYY-MM-DD, e.g. 2025-01-06
lkjip: 1 file checked, 1 error, 0 warnings
