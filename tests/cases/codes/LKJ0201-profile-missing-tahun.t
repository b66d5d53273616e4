# A profile without <tahun>.
%args check tests/data/bad/profile-missing-tahun.xml
%exit 1
%stdout
tests/data/bad/profile-missing-tahun.xml:4:3: kesalahan LKJ0201: <profil> tidak memiliki elemen wajib <tahun>
  saran: tambahkan <tahun> di dalam <profil> (urutan elemen: docs/format.md)
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
