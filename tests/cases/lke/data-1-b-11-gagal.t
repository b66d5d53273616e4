# evaluasi --data, criterion 1.b.11 (dari-data target-pk-sama-renstra): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  1\.b\.11        B          B        A ≠ 7 dari 8 target PK sama dengan Renstra \(target-pk-sama-renstra\)$
%grep ^      tests/data/lke/data/gagal\.xml:90: DINKES-AKB: target PK berbeda dari target Renstra 2025$
