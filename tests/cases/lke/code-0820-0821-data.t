# A suggestion never overrides an answer: with --data the scores are the
# same as without (69,71, B); an answer that differs from the data's
# suggestion is a warning at the answer's line (LKJ0820), and a 'Y' the
# data does not meet is LKJ0821, with the count and the first item short.
%args evaluasi samples/lke/dinkes.lke.xml --data samples/kab-sukamaju
%grep ^  1 Perencanaan Kinerja                          30      22,38    26,22$
%grep ^  Nilai evaluator: 69,71, predikat B \(Baik\)$
%grep ^  Saran dari data \(lkjip\):$
%grep ^  Kriteria  Saran  Evaluator  Mandiri   Bukti$
%check grep -q "^samples/lke/dinkes.lke.xml:26: peringatan LKJ0820: kriteria '1.b.6': jawaban evaluator 'B', data menyarankan 'A' (11 dari 11 indikator Renstra)$" "$ERR"
%check grep -q "^samples/lke/dinkes.lke.xml:86: peringatan LKJ0820: kriteria '3.b.11': jawaban mandiri 'A', data menyarankan 'C' (6 dari 9 indikator sasaran; pertama samples/kab-sukamaju/opd-dinkes.xml:236 DINKES-SBS: tanpa standar nasional)$" "$ERR"
%check grep -q "^samples/lke/dinkes.lke.xml:53: peringatan LKJ0821: kriteria '2.a.2': jawaban evaluator 'Y', tetapi data tidak memenuhinya (11 dari 43 indikator; pertama samples/kab-sukamaju/opd-dinkes.xml:429 DINKES-P01-SAKIP: tanpa definisi)$" "$ERR"
%check ! grep -q "kriteria '1.a.2'" "$ERR"
%check grep -q "^samples/lke/dinkes.lke.xml:46: peringatan LKJ0820: kriteria '1.c.3': jawaban mandiri 'A', data menyarankan 'C' (6 dari 9 indikator sasaran mencapai target; pertama samples/kab-sukamaju/opd-dinkes.xml:77 DINKES-AKB: capaian 95,42% di bawah target (100%))$" "$ERR"
%check grep -q "^lkjip: 10 berkas diperiksa, 0 kesalahan, 29 peringatan$" "$ERR"
