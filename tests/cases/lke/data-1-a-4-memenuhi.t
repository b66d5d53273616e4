# evaluasi --data, criterion 1.a.4 (dari-data dokumen-pk): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.a\.4         Y          Y        Y   1 dari 1 dokumen Perjanjian Kinerja \(dokumen-pk\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
