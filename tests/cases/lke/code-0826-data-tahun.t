# LKJ0826: the data of another year that iku-tetap cannot compare is said so, at the
# unit's line in that year's file: a submission for another year than --data-tahun
# names, and the year of --data itself; a year whose data lacks the unit (another OPD
# only), at the unit of the answers. With no year left to compare, 1.b.8 is not
# judged and says how to give one.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/iku/iku-2025.xml --data-tahun 2022=$DATA/lke/iku/iku-2023.xml --data-tahun 2025=$DATA/lke/iku/iku-2025.xml --data-tahun 2024=$DATA/link/base/opd-a.xml
%grep ^  1\.b\.8 +–          B        B   tidak dapat dinilai: perlu data tahun lain dalam periode rencana: --data-tahun TAHUN=RUANG \(iku-tetap\)$
%check grep -q "^tests/data/lke/iku/iku-2023.xml:4: peringatan LKJ0826: data tahun 2022 (--data-tahun) untuk unit 'dinkes' tidak dibandingkan dalam iku-tetap: pengajuannya untuk tahun 2023$" "$ERR"
%check grep -q "^tests/data/lke/iku/iku-2025.xml:4: peringatan LKJ0826: data tahun 2025 (--data-tahun) untuk unit 'dinkes' tidak dibandingkan dalam iku-tetap: tahun yang sama dengan --data$" "$ERR"
%check grep -q "^  saran: sebut dengan --data-tahun TAHUN=RUANG pengajuan tahun itu sendiri" "$ERR"
%check grep -q "^samples/lke/dinkes.lke.xml:7:53: peringatan LKJ0826: data tahun 2024 (--data-tahun) untuk unit 'dinkes' tidak dibandingkan dalam iku-tetap: unit itu tidak ada di data tahun itu$" "$ERR"
