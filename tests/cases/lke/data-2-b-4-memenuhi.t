# evaluasi --data, criterion 2.b.4 (dari-data realisasi-berkala): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  2\.b\.4         A          B        B ≠ 9 dari 9 indikator sasaran \(realisasi-berkala\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
