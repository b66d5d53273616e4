# lkjip build of the samples gives exactly the committed IR (tests/golden/ir,
# regenerated with `make golden`, reviewed in the diff), byte for byte.
#
# Values checked by hand (the IR keeps full precision in nilai):
#  1. DINKES-AKI, ratio pooled over 12 months: Σpembilang 11 / Σpenyebut 12150
#     × 100000 = 90.5349794238683; negatif (2T−R)/T: (190 − 90.53498)/95 × 100
#     = 104.700021659086.
#  2. DINKES-AKB: 108 / 12150 × 1000 = 8.88888888888889;
#     (17 − 8.888889)/8.5 × 100 = 95.4248366013072.
#  3. DINKES-STUNTING, rumus-negatif T/R: 14 / 14.6 × 100 = 95.8904109589041.
#  4. KAB-MISKIN: (2·9 − 9.28)/9 × 100 = 8.72/9 × 100 = 96.8888888888889.
#  5. KAB-INFLASI, rentang 2–4, realisasi 2.35 inside: 100.
#  6. KAB-SAKIP, grades: target A = 6, realisasi BB = 5: 5/6 × 100 =
#     83.3333333333333, category T (76 ≤ 83.33 < 91).
#  7. KAB-OPINI: WTP (4) against WTP (4): 100.
#  8. PUPR-JALAN, PK perubahan (versi 2) in force: target 76.5 (not versi 1's
#     78); 77.1 / 76.5 × 100 = 100.78431372549.
#  9. KAB-IPM, composite: 100 · geomean((UHH−20)/65, (HLS/18 + RLS/15)/2,
#     (ln P − ln 1007436)/(ln 26572352 − ln 1007436)) = 73.3441333798405;
#     73.34413 / 73.25 × 100 = 100.128509733571.
# 10. Dinkes budget, pooled: Σ realisasi / Σ pagu over all sub kegiatan.
# 11. KAB-S3 (kemiskinan) is crosscutting: supported by Dinsos, Dinkes and
#     Bappeda (jumlah-unit 3).
%args build samples/ -o $TMP/out --format ir
%check diff -r tests/golden/ir $TMP/out
%check grep -q 'id="DINKES-AKI"' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q 'nilai="90.5349794238683" tampil="90.53" pembilang="11" penyebut="12150" pengali="100000"' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q 'aturan="negatif (2T−R)/T×100" nilai="104.700021659086" tampil="104.70" t="95" r="90.5349794238683"' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q 'nilai="95.4248366013072" tampil="95.42" t="8.5" r="8.88888888888889"' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q 'aturan="negatif T/R×100" nilai="95.8904109589041" tampil="95.89" t="14" r="14.6"' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q 'nilai="96.8888888888889" tampil="96.89" t="9" r="9.28"' $TMP/out/kab-sukamaju/ir.xml
%check grep -q 'aturan="rentang: di dalam rentang" nilai="100" tampil="100.00"' $TMP/out/kab-sukamaju/ir.xml
%check grep -q 'nilai="83.3333333333333" tampil="83.33" t="6" r="5" kategori="T" kategori-label="Tinggi"' $TMP/out/kab-sukamaju/ir.xml
%check grep -q '<target-periode status="ok" aturan="target tahunan" nilai="76.5" versi-pk="2"/>' $TMP/out/kab-sukamaju/dpupr/ir.xml
%check grep -q 'nilai="100.78431372549" tampil="100.78" t="76.5" r="77.1"' $TMP/out/kab-sukamaju/dpupr/ir.xml
%check grep -q '<realisasi status="ok" aturan="rumus komposit" nilai="73.3441333798405" tampil="73.34"/>' $TMP/out/kab-sukamaju/ir.xml
%check grep -q '<sasaran id="KAB-S3" jumlah-unit="3">' $TMP/out/kab-sukamaju/ir.xml
%stdout
lkjip: 9 berkas dibaca (0 dari cache), 8 unit, 8 laporan ditulis ke $TMP/out (0 tidak berubah), 0 kesalahan, 0 peringatan
