# <submisi> without xmlns.
%args check tests/data/bad/no-namespace.xml
%exit 1
%stdout
tests/data/bad/no-namespace.xml:2:1: kesalahan LKJ0110: bukan dokumen lkjip: elemen akar <submisi> tanpa namespace
  saran: submisi dimulai dengan <submisi xmlns="urn:lkjip:submission:1">, profil dengan <profil xmlns="urn:lkjip:workspace:1">
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
