# An <uraian> of spaces only.
# <uraian> is required: the hint must not call it optional.
%args check tests/data/bad/blank-uraian.xml
%exit 1
%stdout
tests/data/bad/blank-uraian.xml:19:7: kesalahan LKJ0212: <uraian> di sasaran 'DINKES-S1' kosong
  saran: isi teksnya, atau hapus elemen ini bila opsional
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
