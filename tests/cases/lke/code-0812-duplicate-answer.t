# One criterion answered twice in one file.
%args evaluasi --lke $DATA/lke/mini.lke.xml $DATA/lke/bad/duplicate-answer.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/duplicate-answer.lke.xml:12:12: kesalahan LKJ0812: 'K.a.1' sudah dijawab di baris 6" "$ERR"
