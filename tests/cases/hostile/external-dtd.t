# An external DTD over the network: refused, and no socket is ever opened.
%args check tests/data/hostile/external-dtd.xml
%exit 1
%timeout 2
%nonet
%stdout
tests/data/hostile/external-dtd.xml:2:1: kesalahan LKJ0103: deklarasi DOCTYPE tidak diizinkan dalam submisi
  saran: hapus baris <!DOCTYPE …>; submisi lkjip tidak memakai DTD maupun entitas
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
