# evaluasi --data, criterion 2.a.2 (dari-data definisi-indikator): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  2\.a\.2         Y          Y        Y   43 dari 43 indikator \(definisi-indikator\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
