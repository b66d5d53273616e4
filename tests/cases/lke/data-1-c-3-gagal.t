# evaluasi --data, criterion 1.c.3 (dari-data capaian-target): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  1\.c\.3         C          B        A ≠ 5 dari 9 indikator sasaran mencapai target \(capaian-target\)$
%grep ^      tests/data/lke/data/gagal\.xml:44: DINKES-AKI: capaian -796,32% di bawah target \(100%\)$
%grep ^      tests/data/lke/data/gagal\.xml:77: DINKES-AKB: capaian 96,64% di bawah target \(100%\)$
%grep ^      tests/data/lke/data/gagal\.xml:170: DINKES-STUNTING: capaian 95,89% di bawah target \(100%\)$
%grep ^      tests/data/lke/data/gagal\.xml:347: DINKES-PBI: capaian 99,00% di bawah target \(100%\)$
