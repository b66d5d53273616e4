# evaluasi --data, criterion 3.b.8 (dari-data perbandingan-target): falls short in tests/data/lke/data/kosong.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/kosong.xml
%grep ^  3\.b\.8         E          B        B ≠ 0 dari 9 indikator sasaran dibandingkan dengan target \(perbandingan-target\)$
%grep ^      tests/data/lke/data/kosong\.xml:44: DINKES-AKI: realisasi tidak dapat dibandingkan dengan target: realisasi belum ada$
%grep ^      tests/data/lke/data/kosong\.xml:379: DINKES-AKREDITASI: realisasi tidak dapat dibandingkan dengan target: realisasi belum ada$
