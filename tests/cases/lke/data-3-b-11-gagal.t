# evaluasi --data, criterion 3.b.11 (dari-data standar-nasional): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  3\.b\.11        C          B        A ≠ 6 dari 9 indikator sasaran \(standar-nasional\)$
%grep ^      tests/data/lke/data/gagal\.xml:236: DINKES-SBS: tanpa standar nasional$
%grep ^      tests/data/lke/data/gagal\.xml:347: DINKES-PBI: tanpa standar nasional$
%grep ^      tests/data/lke/data/gagal\.xml:379: DINKES-AKREDITASI: tanpa standar nasional$
