# evaluasi --data, criterion 3.b.13 (dari-data informasi-efisiensi): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  3\.b\.13        A          B        A ≠ 5 dari 5 program dengan efisiensi \(informasi-efisiensi\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
