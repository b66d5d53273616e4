# Predikat bounds that do not descend.
%args evaluasi --lke $DATA/lke/bad/predikat-order.lke.xml $DATA/lke/mini-jawaban.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/predikat-order.lke.xml:19:27: kesalahan LKJ0805: batas predikat 'CUKUP' (80) harus lebih rendah dari batas 'BAIK' di atasnya (75)" "$ERR"
