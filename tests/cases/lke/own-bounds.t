# The predikat bands are the LKE's own (configurable): mini.lke.xml has
# BAIK above 75, CUKUP above 50, KURANG the rest. 40 × 1 + 60 × (0,75 +
# 0,5) / 2 = 77,5 is BAIK; the self-assessment 40 + 60 = 100.
%args evaluasi --lke $DATA/lke/mini.lke.xml $DATA/lke/mini-jawaban.lke.xml
%stdout
uji — Unit Uji, 2025 (LKE mini)
  Komponen         Bobot  Evaluator  Mandiri
  K Komponen uji     100      77,50   100,00
  Nilai              100      77,50   100,00
  Predikat                     BAIK     BAIK
  Nilai evaluator: 77,50, predikat BAIK (Baik)
