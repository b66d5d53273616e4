# --period 2025-Q3: realisasi to the end of September, the PK's cumulative
# TW III target; an indicator with only an annual target has none for Q3
# (never a silent comparison with the year's target).
#  DINKES-PERSALINAN: Σpembilang 8992 / Σpenyebut 9117 × 100 = 98.6289349566743
#  against the TW III target 98: 98.62893 / 98 × 100 = 100.641770363953.
%args build samples/ -o $TMP/out --period 2025-Q3 --format ir
%check grep -q '<periode tahun="2025" jenis="triwulan" ke="3" bulan-akhir="9"/>' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q 'nilai="98.6289349566743" tampil="98.63" pembilang="8992" penyebut="9117" pengali="100"' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q 'nilai="100.641770363953" tampil="100.64" t="98" r="98.6289349566743"' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q '<target-periode status="tanpa-target" alasan="target untuk periode ini tidak ada"/>' $TMP/out/kab-sukamaju/dinkes/ir.xml
