# evaluasi --data, criterion 3.b.6 (dari-data tujuh-analisis): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  3\.b\.6         A          B        B ≠ 3 dari 3 sasaran dengan tujuh analisis \(tujuh-analisis\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
