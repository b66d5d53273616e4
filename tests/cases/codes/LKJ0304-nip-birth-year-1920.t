# A NIP with a birth year before 1930 (a real date, but no serving official).
# 1920-03-12 is a real date: the reason names the actual rule (born 1930 or later).
%args check tests/data/bad/nip-birth-year-1920.xml
%exit 1
%stdout
tests/data/bad/nip-birth-year-1920.xml:8:7: kesalahan LKJ0304: NIP 192003121945122003 tidak sah: tahun lahir 1920 sebelum 1930
  saran: NIP PNS: tanggal lahir 8 + TMT 6 + jenis kelamin 1 + urut 3; PPPK: tanggal lahir 8 + tahun 4 + kode 2 + jenis kelamin 1 + urut 3
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
