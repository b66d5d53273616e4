# evaluasi --data, criterion 3.b.13 (dari-data informasi-efisiensi): falls short in tests/data/lke/data/kosong.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/kosong.xml
%grep ^  3\.b\.13        E          B        A ≠ 0 dari 5 program dengan efisiensi \(informasi-efisiensi\)$
%grep ^      tests/data/lke/data/kosong\.xml:427: 1\.02\.01: efisiensi tidak dapat dihitung: tidak ada capaian yang dapat dihitung$
%grep ^      tests/data/lke/data/kosong\.xml:944: 1\.02\.05: efisiensi tidak dapat dihitung: tidak ada capaian yang dapat dihitung$
