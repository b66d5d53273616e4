# Answers made for another LKE: a warning; they are still scored.
%args evaluasi --lke $DATA/lke/mini.lke.xml $DATA/lke/bad/other-lke.lke.xml
%exit 0
%check grep -qxF -- "tests/data/lke/bad/other-lke.lke.xml:4:35: peringatan LKJ0814: jawaban ini dibuat untuk LKE 'lke-2020', yang dipakai 'mini'" "$ERR"
%grep ^  Nilai +100      77,50   100,00$
