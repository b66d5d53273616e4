# evaluasi --data, criterion 3.a.1 (dari-data dokumen-laporan): falls short in tests/data/lke/data/kosong.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/kosong.xml
%grep ^  3\.a\.1         T          Y        Y ≠ 0 dari 1 laporan kinerja dari realisasi \(dokumen-laporan\)$
%grep ^      tests/data/lke/data/kosong\.xml:3: dinkes: tanpa realisasi: tidak ada laporan$
