# The published result (DOMAIN.md, issue 15): a perangkat daerah scored
# 83,45 = 25,57 + 24,91 + 12,48 + 20,49, predikat A. The evaluator's
# answers in contoh-83-45.lke.xml, on the pemda's own LKE, give exactly
# those values (1.a, 2.a and 3.a graded directly on AA-E).
%args evaluasi --lke $DATA/lke/lke-kab-sukamaju-2025.lke.xml $DATA/lke/contoh-83-45.lke.xml
%stdout
dishub — Dinas Perhubungan Kabupaten Sukamaju, 2025 (LKE lke-kab-sukamaju-2025)
  Komponen                                    Bobot  Evaluator  Mandiri
  1 Perencanaan Kinerja                          30      25,57    28,73
  2 Pengukuran Kinerja                           30      24,91    27,92
  3 Pelaporan Kinerja                            15      12,48    14,65
  4 Evaluasi Akuntabilitas Kinerja Internal      25      20,49    22,71
  Nilai                                         100      83,45    94,00
  Predikat                                                   A       AA
  Nilai evaluator: 83,45, predikat A (Memuaskan)
