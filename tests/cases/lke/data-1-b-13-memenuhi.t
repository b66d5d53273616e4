# evaluasi --data, criterion 1.b.13 (dari-data crosscutting): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.b\.13        A          B        A ≠ 3 dari 3 sasaran terpetakan \(crosscutting\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
