# evaluasi --data, criterion 1.c.1 (dari-data anggaran-per-sasaran): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  1\.c\.1         C          B        A ≠ 2 dari 3 sasaran dengan anggaran \(anggaran-per-sasaran\)$
%grep ^      tests/data/lke/data/gagal\.xml:168: DINKES-S2: sasaran tanpa anggaran \(pagu sub kegiatan\)$
