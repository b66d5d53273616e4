# A sub kegiatan code from another kegiatan.
%args check tests/data/bad/sub-kegiatan-code.xml
%exit 1
%stdout
tests/data/bad/sub-kegiatan-code.xml:36:21: kesalahan LKJ0302: kode sub kegiatan 1.02.02.2.01.0001 tidak diawali kode kegiatannya 1.02.02.2.02
  saran: sub kegiatan di bawah kegiatan 1.02.02.2.02 berkode 1.02.02.2.02.SSSS
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
