# pengali with a plain nilai (pengali applies to ratios only).
%args check --lang en tests/data/bad/pengali-without-ratio.xml
%exit 1
%stdout
tests/data/bad/pengali-without-ratio.xml:27:11: error LKJ0311: <bulan ke="2"> in indikator 'DINKES-AKI' must hold exactly one kind of value; found nilai, pengali
  hint: use one of: nilai="…", pembilang="…" penyebut="…" (pengali), predikat="…", or teks="…"
lkjip: 1 file checked, 1 error, 0 warnings
