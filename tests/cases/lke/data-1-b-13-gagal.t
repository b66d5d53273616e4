# evaluasi --data, criterion 1.b.13 (dari-data crosscutting): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  1\.b\.13        C          B        A ≠ 2 dari 3 sasaran terpetakan \(crosscutting\)$
%grep ^      tests/data/lke/data/gagal\.xml:307: DINKES-S3: tidak menyebut sasaran yang didukung \(mendukung\)$
