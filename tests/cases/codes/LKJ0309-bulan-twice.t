# Month 1 twice in a realisasi.
%args check tests/data/bad/bulan-twice.xml
%exit 1
%stdout
tests/data/bad/bulan-twice.xml:27:11: kesalahan LKJ0309: <bulan ke="1"> muncul lebih dari sekali pada <realisasi> di indikator 'DINKES-AKI'
  saran: hapus salah satunya; yang pertama ada di baris 26
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
