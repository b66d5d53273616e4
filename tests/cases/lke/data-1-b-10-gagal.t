# evaluasi --data, criterion 1.b.10 (dari-data cakupan-pk): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  1\.b\.10        B          B        B   8 dari 9 indikator sasaran Renstra dalam PK \(cakupan-pk\)$
%grep ^      tests/data/lke/data/gagal\.xml:236: DINKES-SBS: tidak ada dalam Perjanjian Kinerja$
