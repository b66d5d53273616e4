# A misspelt attribute (polaritass): unknown, and the real one is missing.
%args check tests/data/bad/misspelt-attribute.xml
%exit 1
%stdout
tests/data/bad/misspelt-attribute.xml:20:7: kesalahan LKJ0203: indikator 'DINKES-AKI' tidak memiliki atribut wajib 'polaritas'
  saran: tambahkan polaritas="…" pada indikator 'DINKES-AKI'
tests/data/bad/misspelt-attribute.xml:20:34: kesalahan LKJ0204: atribut 'polaritass' tidak dikenal pada indikator 'DINKES-AKI'
  saran: periksa ejaannya; atribut yang sah tercantum di docs/format.md
lkjip: 1 berkas diperiksa, 2 kesalahan, 0 peringatan
