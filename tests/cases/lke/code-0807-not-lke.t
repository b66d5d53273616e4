# A submission given as the LKE.
%args evaluasi --lke $DATA/lke/bad/not-lke.lke.xml $DATA/lke/mini-jawaban.lke.xml
%exit 1
%check grep -qF "tests/data/lke/bad/not-lke.lke.xml:2:1: kesalahan LKJ0807: elemen akar <submisi> dengan namespace 'urn:lkjip:submission:1', bukan <lke xmlns=" "$ERR"
