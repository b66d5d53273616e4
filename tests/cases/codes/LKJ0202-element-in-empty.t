# A child element inside an element that has attributes only (<target>).
# Expected: the element <nilai> reported where it stands (not LKJ0210 'must not
# contain text').
%args check tests/data/bad/element-in-empty.xml
%exit 1
%stdout
tests/data/bad/element-in-empty.xml:23:41: kesalahan LKJ0202: elemen <nilai> tidak diharapkan di sini, di dalam <target tahun="2025"> di indikator 'DINKES-AKI'
  saran: tidak ada elemen lain yang diharapkan di sini; periksa ejaan atau pindahkan elemen ini
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
