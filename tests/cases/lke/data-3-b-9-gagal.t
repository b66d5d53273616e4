# evaluasi --data, criterion 3.b.9 (dari-data target-akhir-periode): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  3\.b\.9         B          B        A ≠ 9 dari 11 indikator Renstra \(target-akhir-periode\)$
%grep ^      tests/data/lke/data/gagal\.xml:110: DINKES-PERSALINAN: tanpa target akhir periode$
%grep ^      tests/data/lke/data/gagal\.xml:170: DINKES-STUNTING: tanpa target akhir periode$
