# Two criteria with one id: the second is pointed at, with the first's line.
%args evaluasi --lke $DATA/lke/bad/duplicate-id.lke.xml $DATA/lke/mini-jawaban.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/duplicate-id.lke.xml:28:17: kesalahan LKJ0801: id 'K.b.1' sudah dipakai di baris 27" "$ERR"
