# <target-pk> written before <target>: the order inside <indikator> is fixed.
%args check tests/data/bad/wrong-order.xml
%exit 1
%stdout
tests/data/bad/wrong-order.xml:24:9: kesalahan LKJ0202: elemen <target> tidak diharapkan di sini, di dalam indikator 'DINKES-AKI'
  saran: yang diharapkan di posisi ini: <target-pk>, <standar-nasional>, <realisasi>, <realisasi-lalu>; periksa ejaan dan urutan elemen
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
