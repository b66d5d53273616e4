# evaluasi --data, criterion 1.b.11 (dari-data target-pk-sama-renstra): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.b\.11        A          B        A ≠ 9 dari 9 target PK sama dengan Renstra \(target-pk-sama-renstra\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
