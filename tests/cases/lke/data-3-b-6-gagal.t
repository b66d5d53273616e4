# evaluasi --data, criterion 3.b.6 (dari-data tujuh-analisis): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  3\.b\.6         E          B        B ≠ 0 dari 3 sasaran dengan tujuh analisis \(tujuh-analisis\)$
%grep ^      tests/data/lke/data/gagal\.xml:42: DINKES-S1: tidak ada \(2\) tahun-tahun sebelumnya, \(3\) target akhir periode$
%grep ^      tests/data/lke/data/gagal\.xml:168: DINKES-S2: tidak ada \(3\) target akhir periode, \(4\) standar nasional, \(6\) efisiensi, \(7\) program pendukung$
%grep ^      tests/data/lke/data/gagal\.xml:307: DINKES-S3: tidak ada \(4\) standar nasional$
