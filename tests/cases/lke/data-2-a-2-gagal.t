# evaluasi --data, criterion 2.a.2 (dari-data definisi-indikator): falls short in tests/data/lke/data/gagal.xml
# (tests/data/lke/data/derive.py); the suggestion, its count and each item short at file:line.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/gagal.xml
%grep ^  2\.a\.2         T          Y        Y ≠ 11 dari 43 indikator \(definisi-indikator\)$
%grep ^      tests/data/lke/data/gagal\.xml:429: DINKES-P01-SAKIP: tanpa definisi$
%grep ^      tests/data/lke/data/gagal\.xml:440: DINKES-K0101: tanpa definisi dan sumber data$
%grep ^      tests/data/lke/data/gagal\.xml:450: DINKES-SK010101: tanpa definisi dan sumber data$
%grep ^      tests/data/lke/data/gagal\.xml:476: DINKES-SK010106: tanpa definisi dan sumber data$
%grep ^      tests/data/lke/data/gagal\.xml:503: DINKES-K0108: tanpa definisi dan sumber data$
%grep ^      … dan 22 lainnya \(--format xml memuat semuanya\)$
