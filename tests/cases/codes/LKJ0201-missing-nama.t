# <nama> left out of an indikator: its first child is <satuan>.
%args check tests/data/bad/missing-nama.xml
%exit 1
%stdout
tests/data/bad/missing-nama.xml:21:9: kesalahan LKJ0201: indikator 'DINKES-AKI' tidak memiliki elemen wajib <nama>
  saran: tambahkan <nama> di dalam indikator 'DINKES-AKI' (urutan elemen: docs/format.md)
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
