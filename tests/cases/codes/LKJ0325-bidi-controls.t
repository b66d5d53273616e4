# Invisible direction controls, each at its own line and column: an
# unterminated U+202E RIGHT-TO-LEFT OVERRIDE in the head's name, U+2066 in
# an attribute, U+200F in a comment, and U+202E written as &#x202E; in a
# paragraph after a <b> (the paragraph is named, not the <b>).
%args check tests/data/bad/bidi-controls.xml
%exit 1
%stdout
tests/data/bad/bidi-controls.xml:6:28: kesalahan LKJ0325: karakter kendali arah tak terlihat U+202E RIGHT-TO-LEFT OVERRIDE di teks <nama> di unit 'dinkes'
  saran: hapus karakter tak terlihat itu (sering ikut tersalin dari dokumen lain); di laporan ia dapat membalik urutan teks dan angka sesudahnya
tests/data/bad/bidi-controls.xml:15:94: kesalahan LKJ0325: karakter kendali arah tak terlihat U+2066 LEFT-TO-RIGHT ISOLATE di atribut nomor di <periode-rencana>
  saran: hapus karakter tak terlihat itu (sering ikut tersalin dari dokumen lain); di laporan ia dapat membalik urutan teks dan angka sesudahnya
tests/data/bad/bidi-controls.xml:16:37: kesalahan LKJ0325: karakter kendali arah tak terlihat U+200F RIGHT-TO-LEFT MARK di komentar
  saran: hapus karakter tak terlihat itu (sering ikut tersalin dari dokumen lain); di laporan ia dapat membalik urutan teks dan angka sesudahnya
tests/data/bad/bidi-controls.xml:58:52: kesalahan LKJ0325: karakter kendali arah tak terlihat U+202E RIGHT-TO-LEFT OVERRIDE (ditulis &#x202E;) di teks <p>
  saran: hapus karakter tak terlihat itu (sering ikut tersalin dari dokumen lain); di laporan ia dapat membalik urutan teks dan angka sesudahnya
lkjip: 1 berkas diperiksa, 4 kesalahan, 0 peringatan
