# evaluasi --data, criterion 1.a.4 (dari-data dokumen-pk): falls short in tests/data/lke/data/kosong.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/kosong.xml
%grep ^  1\.a\.4         T          Y        Y ≠ 0 dari 1 dokumen Perjanjian Kinerja \(dokumen-pk\)$
%grep ^      tests/data/lke/data/kosong\.xml:3: dinkes: tanpa Perjanjian Kinerja$
