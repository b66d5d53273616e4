# Two answer codes alike within one scale.
%args evaluasi --lke $DATA/lke/bad/duplicate-code.lke.xml $DATA/lke/mini-jawaban.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/duplicate-code.lke.xml:14:12: kesalahan LKJ0801: kode nilai 'B' sudah dipakai di baris 12" "$ERR"
