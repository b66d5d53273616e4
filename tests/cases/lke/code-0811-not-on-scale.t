# A Y/T answer to an A-E criterion; the hint lists the codes.
%args evaluasi --lke $DATA/lke/mini.lke.xml $DATA/lke/bad/not-on-scale.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/not-on-scale.lke.xml:11:36: kesalahan LKJ0811: jawaban evaluator 'Y' untuk 'K.b.2' tidak ada pada skala A-E" "$ERR"
%check grep -qxF '  saran: pilih salah satu: A, B, C, D, E' "$ERR"
