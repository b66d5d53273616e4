# evaluasi --data, criterion 3.b.8 (dari-data perbandingan-target): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  3\.b\.8         A          B        B ≠ 9 dari 9 indikator sasaran dibandingkan dengan target \(perbandingan-target\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
