# Sub-component weights that do not add up to their component's.
%args evaluasi --lke $DATA/lke/bad/weights-sub.lke.xml $DATA/lke/mini-jawaban.lke.xml
%exit 1
%check grep -qxF -- "tests/data/lke/bad/weights-sub.lke.xml:22:40: kesalahan LKJ0803: bobot subkomponen komponen 'K' berjumlah 90, bukan 100 (bobot komponennya)" "$ERR"
