# A range target with bawah but no atas.
%args check --lang en tests/data/bad/lone-bawah.xml
%exit 1
%stdout
tests/data/bad/lone-bawah.xml:23:9: error LKJ0310: <target tahun="2025"> in indikator 'DINKES-AKI' must hold exactly one kind of value; found bawah
  hint: use one of: nilai="…", bawah="…" atas="…", predikat="…", or teks="…"
lkjip: 1 file checked, 1 error, 0 warnings
