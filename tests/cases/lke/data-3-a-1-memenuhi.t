# evaluasi --data, criterion 3.a.1 (dari-data dokumen-laporan): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  3\.a\.1         Y          Y        Y   1 dari 1 laporan kinerja dari realisasi \(dokumen-laporan\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
