# The last predikat with a bound: no band would take the lowest totals.
%args evaluasi --lke $DATA/lke/bad/predikat-last.lke.xml $DATA/lke/mini-jawaban.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/predikat-last.lke.xml:20:5: kesalahan LKJ0806: predikat 'KURANG' adalah yang terakhir dan tidak boleh memiliki di-atas" "$ERR"
