# evaluasi --data, criterion 1.b.7 (dari-data target-akhir-periode): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.b\.7         A          B        A ≠ 11 dari 11 indikator Renstra \(target-akhir-periode\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
