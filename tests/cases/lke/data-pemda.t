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
