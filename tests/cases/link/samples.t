# The samples link clean (kabupaten, six OPDs, provinsi, profile).
%args check --link samples/
%stdout
lkjip: 9 berkas diperiksa, 0 kesalahan, 0 peringatan
