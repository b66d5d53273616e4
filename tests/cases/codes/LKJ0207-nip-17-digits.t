# A NIP one digit short.
%args check tests/data/bad/nip-17-digits.xml
%exit 1
%stdout
tests/data/bad/nip-17-digits.xml:8:7: kesalahan LKJ0207: nilai '19750312200212200' pada <nip> di unit 'dinkes' tidak sesuai format NIP (18 digit)
  saran: 18 digit tanpa spasi, atau berkelompok 8 6 1 3 (PNS) / 8 4 2 1 3 (PPPK) dengan satu spasi
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
