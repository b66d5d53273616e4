# evaluasi --data with --data-tahun, criterion 1.b.8 (dari-data iku-tetap): falls short when
# the IKU changed within the plan period (tests/data/lke/iku/derive.py): in 2024 DINKES-AKB
# had another name, DINKES-UHC was no IKU and DINKES-SBS was one. Each item short at its
# file:line: one renamed or added at its line of 2025, one removed at its line of 2024.
# The years of one --data-tahun each; their order on the command line does not matter.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/iku/iku-2025.xml --data-tahun 2024=$DATA/lke/iku/iku-2024-berubah.xml --data-tahun 2023=$DATA/lke/iku/iku-2023.xml
%grep ^  1\.b\.8         D          B        B ≠ 1 dari 4 IKU tetap pada 2023, 2024, 2025 \(iku-tetap\)$
%grep ^      tests/data/lke/iku/iku-2025\.xml:29: DINKES-AKB: nama berubah: "Angka Kematian Bayi per 1\.000 Kelahiran Hidup" pada 2024$
%grep ^      tests/data/lke/iku/iku-2025\.xml:37: DINKES-UHC: ditambahkan: bukan IKU pada 2024$
%grep ^      tests/data/lke/iku/iku-2024-berubah\.xml:45: DINKES-SBS: dihapus: IKU pada 2024, bukan IKU pada 2025$
%check [ "$(grep -A4 '^  1\.b\.8 ' "$OUT" | tail -1 | cut -c1-9)" = "  1.b.10 " ]
%check grep -q "^samples/lke/dinkes.lke.xml:31: peringatan LKJ0820: kriteria '1.b.8': jawaban evaluator 'B', data menyarankan 'D' (1 dari 4 IKU tetap pada 2023, 2024, 2025; pertama tests/data/lke/iku/iku-2025.xml:29 DINKES-AKB: nama berubah" "$ERR"
