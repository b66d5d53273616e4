# evaluasi --data, criterion 2.b.4 (dari-data realisasi-berkala): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  2\.b\.4         B          B        B   8 dari 9 indikator sasaran \(realisasi-berkala\)$
%grep ^      tests/data/lke/data/gagal\.xml:44: DINKES-AKI: realisasi hanya tahunan$
