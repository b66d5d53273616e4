# The same indikator id in two OPD files: reported at the second, naming the first.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/id="B-I1"/id="A-I1"/' $TMP/ws/opd-b.xml
%args check --link $TMP/ws
%exit 1
%stdout
$TMP/ws/opd-b.xml:16:7: kesalahan LKJ0402: id 'A-I1' juga dipakai di $TMP/ws/opd-a.xml:16
  saran: beri awalan unit pada id (misalnya DINKES-S1) supaya unik di seluruh ruang kerja
lkjip: 4 berkas diperiksa, 1 kesalahan, 0 peringatan
