# A missing path next to a good file: the good file is still checked, the
# status is the worst one (3).
%args check tests/data/ok/minimal.xml tests/data/bad/tidak-ada.xml
%exit 3
%stdout
tests/data/bad/tidak-ada.xml: galat LKJ0001: berkas tidak dapat dibaca: No such file or directory
  saran: periksa nama berkas dan hak aksesnya
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
