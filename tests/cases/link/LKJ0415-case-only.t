# Two OPDs of one pemda whose ids differ only in case would write their
# reports to one folder (case is folded for SMB/Windows shares): the later
# in input order is reported at its unit element, naming the first.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/id="dinas-b"/id="DINAS-A"/' $TMP/ws/opd-b.xml
%args check --link $TMP/ws
%exit 1
%stdout
$TMP/ws/opd-b.xml:3:3: kesalahan LKJ0415: unit 'DINAS-A' akan ditulis ke folder 'kab-contoh/dinas-a', yang sudah dipakai unit 'dinas-a' ($TMP/ws/opd-a.xml:3)
  saran: ganti id salah satu unit: nama folder adalah id dalam huruf kecil, dengan '.' ditulis '-'
lkjip: 4 berkas diperiksa, 1 kesalahan, 0 peringatan
