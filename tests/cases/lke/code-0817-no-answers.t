# A file without any answer gives no score (shown as –).
%args evaluasi --lke $DATA/lke/mini.lke.xml $DATA/lke/bad/no-answers.lke.xml
%exit 0
%check grep -qxF -- "tests/data/lke/bad/no-answers.lke.xml:2:46: peringatan LKJ0817: berkas ini belum memuat jawaban mandiri maupun evaluator" "$ERR"
%grep ^  Nilai +100          –        –$
