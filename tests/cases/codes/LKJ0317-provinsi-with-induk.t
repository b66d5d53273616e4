# A provinsi with a parent.
%args check tests/data/bad/provinsi-with-induk.xml
%exit 1
%stdout
tests/data/bad/provinsi-with-induk.xml:3:50: kesalahan LKJ0317: unit 'dinkes' tingkat provinsi tidak boleh memiliki induk
  saran: perangkat daerah menyebut pemdanya dengan induk="…"; provinsi tidak memiliki induk
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
