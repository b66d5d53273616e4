# evaluasi --data, criterion 2.c.7 (dari-data efisiensi-anggaran): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  2\.c\.7         A          C        B ≠ 5 dari 5 program efisien \(efisiensi-anggaran\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
