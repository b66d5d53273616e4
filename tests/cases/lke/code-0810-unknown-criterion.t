# An answer for a criterion the LKE does not have.
%args evaluasi --lke $DATA/lke/mini.lke.xml $DATA/lke/bad/unknown-criterion.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/unknown-criterion.lke.xml:11:12: kesalahan LKJ0810: jawaban untuk 'K.b.3', tetapi LKE 'mini' tidak memuat kriteria atau subkomponen itu" "$ERR"
