# An empty folder: a warning, exit 0.
%setup mkdir $TMP/kosong
%args check $TMP/kosong
%stdout
$TMP/kosong: peringatan LKJ0008: folder ini tidak berisi berkas *.xml atau *.xml.gz
  saran: periksa jalur folder yang diberikan
lkjip: 0 berkas diperiksa, 0 kesalahan, 1 peringatan
