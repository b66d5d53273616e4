# --data is repeatable and takes files as check does: the pemda's and the
# Dinas Kesehatan's submissions named one by one link as the folder does
# (DINKES-S1 supports KAB-S2, so nothing is reported missing).
%args evaluasi samples/lke/dinkes.lke.xml --data samples/kab-sukamaju/kab-sukamaju.xml --data samples/kab-sukamaju/opd-dinkes.xml
%grep ^  1\.b\.13        A          B        A ≠ 3 dari 3 sasaran terpetakan \(crosscutting\)$
%check ! grep -q "LKJ0408: unit 'dinkes'" "$ERR"
%check grep -q "^lkjip: 4 berkas diperiksa, 0 kesalahan, " "$ERR"
