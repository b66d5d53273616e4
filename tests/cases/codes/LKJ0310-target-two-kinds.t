# A target with both nilai and teks.
%args check --lang en tests/data/bad/target-two-kinds.xml
%exit 1
%stdout
tests/data/bad/target-two-kinds.xml:23:9: error LKJ0310: <target tahun="2025"> in indikator 'DINKES-AKI' must hold exactly one kind of value; found nilai, teks
  hint: use one of: nilai="…", bawah="…" atas="…", predikat="…", or teks="…"
lkjip: 1 file checked, 1 error, 0 warnings
