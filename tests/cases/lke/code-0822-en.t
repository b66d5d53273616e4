# The logical frame in English.
%args evaluasi --lang en $DATA/lke/kerangka.lke.xml
%check grep -q "^tests/data/lke/kerangka.lke.xml:9: warning LKJ0822: evaluator: sub-component '1.b' (80,00 %) is above its existence '1.a' (50,00 %)$" "$ERR"
%check grep -q "^tests/data/lke/kerangka.lke.xml:10: warning LKJ0823: evaluator: sub-component '1.c' (100,00 %) is above the mean of its quality '1.b' (80,00 %)$" "$ERR"
