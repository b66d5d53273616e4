# A target without any value.
%args check --lang en tests/data/bad/target-no-value.xml
%exit 1
%stdout
tests/data/bad/target-no-value.xml:23:9: error LKJ0310: <target tahun="2025"> in indikator 'DINKES-AKI' must hold exactly one kind of value; found no value
  hint: use one of: nilai="…", bawah="…" atas="…", predikat="…", or teks="…"
lkjip: 1 file checked, 1 error, 0 warnings
