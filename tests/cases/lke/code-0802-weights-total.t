# Component weights that do not add up to 100.
%args evaluasi --lke $DATA/lke/bad/weights-total.lke.xml $DATA/lke/mini-jawaban.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/weights-total.lke.xml:4:1: kesalahan LKJ0802: bobot komponen berjumlah 90, bukan 100" "$ERR"
