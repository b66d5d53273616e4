# evaluasi --data, criterion 1.a.2 (dari-data dokumen-rencana) without the
# unit's submission: the workspace holds another OPD only, so there is no
# plan of this unit and no suggestion at all (LKJ0824, a warning); the
# answers are still scored as given.
%args evaluasi samples/lke/dinkes.lke.xml --data samples/kab-sukamaju/opd-dlh.xml
%grep ^  Dari data: unit dinkes tidak ada di ruang kerja$
%grep ^  Nilai evaluator: 69,71, predikat B \(Baik\)$
%nogrep ^  1\.a\.2
%check grep -q "^samples/lke/dinkes.lke.xml:7:[0-9]*: peringatan LKJ0824: unit 'dinkes' tidak ada di ruang kerja --data" "$ERR"
%check grep -q "^lkjip: 3 berkas diperiksa, 0 kesalahan, 2 peringatan$" "$ERR"
