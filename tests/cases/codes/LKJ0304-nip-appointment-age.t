# A NIP appointed at age 10.
%args check tests/data/bad/nip-appointment-age.xml
%exit 1
%stdout
tests/data/bad/nip-appointment-age.xml:8:7: kesalahan LKJ0304: NIP 197503121985122003 tidak sah: tahun pengangkatan 1985 kurang dari 15 tahun sesudah tahun lahir 1975
  saran: NIP PNS: tanggal lahir 8 + TMT 6 + jenis kelamin 1 + urut 3; PPPK: tanggal lahir 8 + tahun 4 + kode 2 + jenis kelamin 1 + urut 3
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
