# evaluasi --data, criterion 1.b.12 (dari-data cascade-sub-kegiatan): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  1\.b\.12        C          B        B ≠ 2 dari 3 sasaran dengan cascade sampai sub kegiatan \(cascade-sub-kegiatan\)$
%grep ^      tests/data/lke/data/gagal\.xml:168: DINKES-S2: sasaran tanpa program$
