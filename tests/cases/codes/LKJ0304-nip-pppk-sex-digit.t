# A grouped PPPK NIP (8 4 2 1 3) whose sex digit is 0.
%args check tests/data/bad/nip-pppk-sex-digit.xml
%exit 1
%stdout
tests/data/bad/nip-pppk-sex-digit.xml:49:7: kesalahan LKJ0304: NIP 19750312 2021 01 0 003 tidak sah: digit jenis kelamin (ke-15) harus 1 atau 2, bukan 0
  saran: NIP PNS: tanggal lahir 8 + TMT 6 + jenis kelamin 1 + urut 3; PPPK: tanggal lahir 8 + tahun 4 + kode 2 + jenis kelamin 1 + urut 3
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
