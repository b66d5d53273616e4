# Two bands with the same min.
# One problem, one diagnostic.
%args check tests/data/bad/profile-min-equal.xml
%exit 1
%stdout
tests/data/bad/profile-min-equal.xml:10:7: kesalahan LKJ0320: skala kategori: nilai min harus menurun dari atas ke bawah
  saran: urutkan kategori dari batas bawah tertinggi; kategori terakhir tanpa min menampung sisanya
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
