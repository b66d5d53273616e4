# A misi id starting with a digit: one diagnostic, the shape of the id
# (not also libxml2's 'Not all fields of key identity-constraint ...').
%args check tests/data/bad/misi-id.xml
%exit 1
%stdout
tests/data/bad/misi-id.xml:16:9: kesalahan LKJ0207: nilai '1' pada id di misi '1' tidak sesuai format id
  saran: id diawali huruf, lalu huruf, angka, _ . atau - (maks. 64)
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
