# An unanswered criterion counts 0: 40 + 60 × 0,75 / 2 = 62,5 (CUKUP).
%args evaluasi --lke $DATA/lke/mini.lke.xml $DATA/lke/bad/unanswered.lke.xml
%exit 0
%check grep -qxF -- "tests/data/lke/bad/unanswered.lke.xml:4:46: peringatan LKJ0815: evaluator: 1 dari 3 kriteria belum dijawab, dihitung 0 (yang pertama: 'K.b.2')" "$ERR"
%grep ^  Nilai +100      62,50    70,00$
%grep ^  Predikat +CUKUP    CUKUP$
