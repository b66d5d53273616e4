# Every sample (kabupaten, six OPDs one of them gzip, the provinsi, the
# workspace profile) passes lkjip check with no diagnostic at all.
%args check samples/
%stdout
lkjip: 9 berkas diperiksa, 0 kesalahan, 0 peringatan
