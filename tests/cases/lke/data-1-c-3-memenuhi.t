# evaluasi --data, criterion 1.c.3 (dari-data capaian-target): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.c\.3         A          B        A ≠ 9 dari 9 indikator sasaran mencapai target \(capaian-target\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
