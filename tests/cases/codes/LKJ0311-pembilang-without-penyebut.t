# A ratio without its denominator.
%args check tests/data/bad/pembilang-without-penyebut.xml
%exit 1
%stdout
tests/data/bad/pembilang-without-penyebut.xml:27:11: kesalahan LKJ0311: <bulan ke="2"> di indikator 'DINKES-AKI' harus berisi tepat satu jenis nilai; ditemukan pembilang, pengali
  saran: pakai salah satu: nilai="…", pembilang="…" penyebut="…" (pengali), predikat="…", atau teks="…"
lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan
