# An empty list of ids (mendukung=""): one diagnostic.
%args check tests/data/bad/mendukung-empty.xml
%exit 1
%stdout
tests/data/bad/mendukung-empty.xml:18:29: kesalahan LKJ0205: nilai '' pada mendukung di sasaran 'DINKES-S1' bukan daftar id
  saran: tulis satu id atau beberapa id dipisah spasi
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
