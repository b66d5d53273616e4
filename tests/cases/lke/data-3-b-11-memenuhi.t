# evaluasi --data, criterion 3.b.11 (dari-data standar-nasional): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  3\.b\.11        A          B        A ≠ 9 dari 9 indikator sasaran \(standar-nasional\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
