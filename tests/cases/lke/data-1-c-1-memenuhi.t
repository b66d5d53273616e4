# evaluasi --data, criterion 1.c.1 (dari-data anggaran-per-sasaran): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.c\.1         A          B        A ≠ 3 dari 3 sasaran dengan anggaran \(anggaran-per-sasaran\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
