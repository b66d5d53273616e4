# --lang en: headings, the component names and the predikat in English;
# numbers as every lkjip report writes them (83,45).
%args evaluasi --lang en --lke $DATA/lke/lke-kab-sukamaju-2025.lke.xml $DATA/lke/contoh-83-45.lke.xml
%grep ^  Component +Weight  Evaluator     Self$
%grep ^  1 Performance planning +30      25,57    28,73$
%grep ^  4 Internal performance accountability evaluation +25      20,49    22,71$
%grep ^  Total +100      83,45    94,00$
%grep ^  Evaluator's score: 83,45, predikat A \(Very good\)$
