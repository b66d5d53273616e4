# evaluasi --data, criterion 1.b.12 (dari-data cascade-sub-kegiatan): holds in tests/data/lke/data/lengkap.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.b\.12        A          B        B ≠ 3 dari 3 sasaran dengan cascade sampai sub kegiatan \(cascade-sub-kegiatan\)$
%nogrep ^      tests/data/lke/data/lengkap\.xml:
