# What lkjip cannot judge it says plainly: a dari-data criterion it cannot
# decide (the IKU over the plan period needs several years; capaian and
# efficiency are not suggested yet), and every criterion only people can
# judge (guidelines, decisions, reward and punishment, the evaluation itself).
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/data/lengkap.xml
%grep ^  1\.b\.8 +–          B        B   tidak dapat dinilai: perlu pengajuan beberapa tahun; ruang kerja memuat satu tahun \(iku-tetap\)$
%grep ^  1\.c\.3 +–          B        A   tidak dapat dinilai: lkjip menghitungnya di laporan; belum disarankan di sini \(capaian-target\)$
%grep ^  2\.c\.7 +–          C        B   tidak dapat dinilai: .* \(efisiensi-anggaran\)$
%grep ^  Hanya dapat dinilai orang: 1\.a\.1 1\.a\.3 1\.a\.5 1\.a\.6 1\.b\.1 .* 4\.c\.4 4\.c\.5$
%nogrep ^  4\.c\.5 
