# minimal.xml with a grade scale and a grade indikator, the base of the
# LKJ0312 and LKJ0314 grade cases: clean.
%args check tests/data/ok/minimal-skala.xml
%stdout
lkjip: 1 berkas diperiksa, 0 kesalahan, 0 peringatan
