# A criterion on a scale the LKE does not define.
%args evaluasi --lke $DATA/lke/bad/unknown-scale.lke.xml $DATA/lke/mini-jawaban.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/unknown-scale.lke.xml:28:28: kesalahan LKJ0804: 'K.b.2' memakai skala 'A-F' yang tidak didefinisikan dalam LKE ini" "$ERR"
