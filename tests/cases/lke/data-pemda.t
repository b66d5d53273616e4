# A pemda has no programs of its own: its sasaran reach sub kegiatan and a
# budget through the OPD sasaran that support them (all 8 in the sample);
# its indicators are measured for the year only (realisasi-berkala E, each
# indicator at its line in kab-sukamaju.xml).
%args evaluasi samples/lke/kab-sukamaju.lke.xml --data samples/kab-sukamaju
%grep ^  1\.b\.12        A          C        C ≠ 8 dari 8 sasaran dengan cascade sampai sub kegiatan \(cascade-sub-kegiatan\)$
%grep ^  1\.c\.1         A          B        A ≠ 8 dari 8 sasaran dengan anggaran \(anggaran-per-sasaran\)$
%grep ^  1\.b\.13        A          C        B ≠ 8 dari 8 sasaran terpetakan \(crosscutting\)$
%grep ^  2\.b\.4         E          B        B ≠ 0 dari 21 indikator sasaran \(realisasi-berkala\)$
%grep ^      samples/kab-sukamaju/kab-sukamaju\.xml:42: KAB-IPM: tanpa realisasi$
# Efficiency: the programs of its OPDs (whose parent it is), 29 in the sample, each
# efficient by its report's efficiency.
%grep ^  2\.c\.7         A          C        B ≠ 29 dari 29 program efisien \(efisiensi-anggaran\)$
%grep ^  3\.b\.13        A          C        B ≠ 29 dari 29 program dengan efisiensi \(informasi-efisiensi\)$
%grep ^  1\.c\.3         C          B        A ≠ 12 dari 21 indikator sasaran mencapai target \(capaian-target\)$
%grep ^      samples/kab-sukamaju/kab-sukamaju\.xml:194: KAB-AKB: capaian 95,42% di bawah target \(100%\)$
