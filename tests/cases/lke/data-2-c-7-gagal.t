# evaluasi --data, criterion 2.c.7 (dari-data efisiensi-anggaran): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  2\.c\.7         B          C        B ≠ 4 dari 5 program efisien \(efisiensi-anggaran\)$
%grep ^      tests/data/lke/data/gagal\.xml:427: 1\.02\.01: tidak efisien: capaian 84,91%, serapan 93,75% \(efisiensi -8,84\)$
