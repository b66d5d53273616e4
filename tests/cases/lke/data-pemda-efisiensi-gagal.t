# A pemda's efficiency (2.c.7, efisiensi-anggaran) falls short through its OPDs'
# programs: with the Dinas Kesehatan of tests/data/lke/data/gagal.xml as its only
# OPD, program 1.02.01 is not efficient, shown at its line in the OPD's file.
%args evaluasi samples/lke/kab-sukamaju.lke.xml --data samples/kab-sukamaju/kab-sukamaju.xml --data $DATA/lke/data/gagal.xml
%grep ^  2\.c\.7         B          C        B ≠ 4 dari 5 program efisien \(efisiensi-anggaran\)$
%grep ^      tests/data/lke/data/gagal\.xml:427: 1\.02\.01: tidak efisien: capaian 84,91%, serapan 93,75% \(efisiensi -8,84\)$
