# The logical frame between a rater's answers: kualitas above its
# keberadaan (LKJ0822) and pemanfaatan above kualitas (LKJ0823), as the
# sub-components' percentages (value over weight), at the line of the
# higher sub-component's answer; the self-assessment's descending grades
# say nothing. Warnings only: the scores stand.
%args evaluasi $DATA/lke/kerangka.lke.xml
%grep ^  Nilai evaluator: 25,20, predikat D \(Sangat Kurang\)$
%check grep -q "^tests/data/lke/kerangka.lke.xml:9: peringatan LKJ0822: evaluator: subkomponen '1.b' (80,00 %) di atas keberadaannya '1.a' (50,00 %)$" "$ERR"
%check grep -q "^tests/data/lke/kerangka.lke.xml:10: peringatan LKJ0823: evaluator: subkomponen '1.c' (100,00 %) di atas rata-rata kualitasnya '1.b' (80,00 %)$" "$ERR"
%check ! grep -q "LKJ082[23]: mandiri" "$ERR"
%check grep -q "^lkjip: 2 berkas diperiksa, 0 kesalahan, 4 peringatan$" "$ERR"
