# A profile entitas with a space (not an id).
%args check tests/data/bad/profile-entitas.xml
%exit 1
%stdout
tests/data/bad/profile-entitas.xml:3:3: kesalahan LKJ0207: nilai 'kab sukamaju' pada <entitas> tidak sesuai format id
  saran: id diawali huruf, lalu huruf, angka, _ . atau - (maks. 64)
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
