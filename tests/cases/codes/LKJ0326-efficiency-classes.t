# klasifikasi-efisiensi with the bound of tidak efisien (3) above that of
# efisien (2): one value would be both. Equal bounds are allowed.
%args check --lang en tests/data/bad/profile-efficiency-classes.xml
%exit 1
%stdout
tests/data/bad/profile-efficiency-classes.xml:7:5: error LKJ0326: tidak-efisien-di-bawah (3) is above efisien-di-atas (2)
  hint: the bound of tidak efisien may not be above that of efisien, e.g. tidak-efisien-di-bawah="-5" efisien-di-atas="5"
lkjip: 1 file checked, 1 error, 0 warnings
