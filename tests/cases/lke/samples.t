# The samples: Dinas Kesehatan and the pemda, on the built-in LKE
# (PermenPANRB 88/2021), the evaluator's answers beside the unit's own.
%args evaluasi samples/lke/dinkes.lke.xml samples/lke/kab-sukamaju.lke.xml
%check grep -q '^lkjip: 3 berkas diperiksa, 0 kesalahan, 0 peringatan$' "$ERR"
%stdout
dinkes — Dinas Kesehatan Kabupaten Sukamaju, 2025 (LKE lke-88-2021)
  Komponen                                    Bobot  Evaluator  Mandiri
  1 Perencanaan Kinerja                          30      22,38    26,22
  2 Pengukuran Kinerja                           30      21,18    24,55
  3 Pelaporan Kinerja                            15      11,25    12,64
  4 Evaluasi Akuntabilitas Kinerja Internal      25      14,90    19,38
  Nilai                                         100      69,71    82,79
  Predikat                                                   B        A
  Nilai evaluator: 69,71, predikat B (Baik)

kab-sukamaju — Pemerintah Kabupaten Sukamaju, 2025 (LKE lke-88-2021)
  Komponen                                    Bobot  Evaluator  Mandiri
  1 Perencanaan Kinerja                          30      21,80    24,64
  2 Pengukuran Kinerja                           30      19,29    22,65
  3 Pelaporan Kinerja                            15      10,50    12,21
  4 Evaluasi Akuntabilitas Kinerja Internal      25      15,47    18,28
  Nilai                                         100      67,06    77,79
  Predikat                                                   B       BB
  Nilai evaluator: 67,06, predikat B (Baik)

Nilai seluruh unit — Pemerintah Kabupaten Sukamaju
   No  Unit                                Klaster        1      2      3      4   Nilai  Predikat  Penilai
    1  Dinas Kesehatan Kabupaten Sukamaju  utama      22,38  21,18  11,25  14,90   69,71  B         Evaluator
    2  Pemerintah Kabupaten Sukamaju       pemda      21,80  19,29  10,50  15,47   67,06  B         Evaluator
  Syarat minimum predikat A pemda: Tidak terpenuhi: 0 dari 1 klaster utama berpredikat A atau lebih, 0 dari 0 klaster pendukung berpredikat BB atau lebih (perlu 3 dan 3)
