# A direct grade for a sub-component the LKE does not let be graded directly.
%args evaluasi --lke $DATA/lke/mini.lke.xml $DATA/lke/bad/sub-not-graded.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/sub-not-graded.lke.xml:12:12: kesalahan LKJ0813: 'K.b' adalah subkomponen tanpa skala-nilai; jawab kriterianya" "$ERR"
