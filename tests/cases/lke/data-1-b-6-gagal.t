# evaluasi --data, criterion 1.b.6 (dari-data target-setiap-tahun): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  1\.b\.6         B          B        B   9 dari 11 indikator Renstra \(target-setiap-tahun\)$
%grep ^      tests/data/lke/data/gagal\.xml:44: DINKES-AKI: tanpa target 2023, 2024$
%grep ^      tests/data/lke/data/gagal\.xml:77: DINKES-AKB: tanpa target 2024$
