# evaluasi --data, criterion 1.b.10 (dari-data cakupan-pk): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.b\.10        A          B        B ≠ 9 dari 9 indikator sasaran Renstra dalam PK \(cakupan-pk\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
