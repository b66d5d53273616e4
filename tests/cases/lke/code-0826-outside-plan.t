# LKJ0826 in English: a year outside the plan period of the unit in --data (2020, under
# an earlier Renstra) is not compared for iku-tetap; the year of 2023 still is.
%args --lang en evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/iku/iku-2025.xml --data-tahun 2020=$DATA/lke/iku/iku-2020.xml --data-tahun 2023=$DATA/lke/iku/iku-2023.xml
%grep ^  1\.b\.8         A          B        B ≠ 3 of 3 IKU unchanged in 2023, 2025 \(iku-tetap\)$
%check grep -q "^tests/data/lke/iku/iku-2020.xml:4: warning LKJ0826: the data of 2020 (--data-tahun) for unit 'dinkes' is not compared for iku-tetap: outside the plan period 2021-2026$" "$ERR"
%check grep -q "^  hint: name with --data-tahun YEAR=WS that year's own submissions, another year of the same plan period$" "$ERR"
