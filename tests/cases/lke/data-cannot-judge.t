# What lkjip cannot judge it says plainly: a dari-data criterion it cannot
# decide (the IKU over the plan period needs the data of another year of
# the period, and says how to give it: --data-tahun), and every criterion
# only people can judge (guidelines, decisions, reward and punishment, the
# evaluation itself).
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.b\.8 +–          B        B   tidak dapat dinilai: perlu data tahun lain dalam periode rencana: --data-tahun TAHUN=RUANG \(iku-tetap\)$
%grep ^  Hanya dapat dinilai orang: 1\.a\.1 1\.a\.3 1\.a\.5 1\.a\.6 1\.b\.1 .* 4\.c\.4 4\.c\.5$
%nogrep ^  4\.c\.5 
%nogrep ^  (1\.c\.3|2\.c\.7|3\.b\.8|3\.b\.13) +– 
