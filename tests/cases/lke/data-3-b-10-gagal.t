# evaluasi --data, criterion 3.b.10 (dari-data realisasi-tahun-lalu): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  3\.b\.10        B          B        B   8 dari 9 indikator sasaran \(realisasi-tahun-lalu\)$
%grep ^      tests/data/lke/data/gagal\.xml:110: DINKES-PERSALINAN: tanpa realisasi tahun-tahun sebelumnya$
