# 0x81 does not exist in windows-1252: reported at the byte.
%args check tests/data/bad/invalid-cp1252.xml
%exit 1
%stdout
tests/data/bad/invalid-cp1252.xml:3:15: kesalahan LKJ0102: karakter atau pengodean tidak sah: urutan byte bukan windows-1252 yang sah (0x81)
  saran: simpan berkas sebagai UTF-8; periksa teks hasil salin-tempel dari Word atau Excel
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
