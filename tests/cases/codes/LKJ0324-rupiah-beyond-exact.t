# A pagu of 999999999999999999 would print as Rp1.000.000.000.000.000.000:
# beyond 2^53 lkjip cannot compute a rupiah amount exactly, so it is an
# error, shown as written; so is a month's spending of 2^53 and a half.
%args check tests/data/bad/rupiah-beyond-exact.xml
%exit 1
%stdout
tests/data/bad/rupiah-beyond-exact.xml:29:9: kesalahan LKJ0324: pagu sub-kegiatan 1.02.02.2.02.0001 (Rp999.999.999.999.999.999) melebihi Rp9.007.199.254.740.992 (2^53): lkjip tidak dapat menghitung jumlah ini dengan tepat
  saran: periksa angkanya: APBD terbesar pun jauh di bawah 9 kuadriliun rupiah; kemungkinan ada digit atau nol berlebih
tests/data/bad/rupiah-beyond-exact.xml:35:25: kesalahan LKJ0324: realisasi anggaran <bulan ke="1"> di sub-kegiatan 1.02.02.2.02.0002 (Rp9.007.199.254.740.992,5) melebihi Rp9.007.199.254.740.992 (2^53): lkjip tidak dapat menghitung jumlah ini dengan tepat
  saran: periksa angkanya: APBD terbesar pun jauh di bawah 9 kuadriliun rupiah; kemungkinan ada digit atau nol berlebih
lkjip: 1 berkas diperiksa, 2 kesalahan, 0 peringatan
