# evaluasi --data with --data-tahun, criterion 1.b.8 (dari-data iku-tetap): holds when the
# unit's IKU in 2025 (--data) are those of 2023 (--data-tahun 2023=...), under the same
# names (tests/data/lke/iku/derive.py): every IKU counted, none short.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/iku/iku-2025.xml --data-tahun 2023=$DATA/lke/iku/iku-2023.xml
%grep ^  1\.b\.8         A          B        B ≠ 3 dari 3 IKU tetap pada 2023, 2025 \(iku-tetap\)$
%check [ "$(grep -A1 '^  1\.b\.8 ' "$OUT" | tail -1 | cut -c1-9)" = "  1.b.10 " ]
%nogrep LKJ0826
