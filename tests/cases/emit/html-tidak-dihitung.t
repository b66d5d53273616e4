# A Q3 report: indicators with only an annual target have none for the
# quarter; their capaian shows "tidak dihitung" and the reason, visibly,
# never a number; DINKES-PERSALINAN is computed against its TW III target.
%args build samples/ -o $TMP/out --format html --period 2025-Q3
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q 'Triwulan III Tahun 2025' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q '<span class="tidak-dihitung">tidak dihitung</span> <span class="alasan">target untuk periode ini tidak ada</span>' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q '100,64%' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; ! xmllint --html --noout $f 2>&1 | grep 'parser error' | grep -vq 'Tag [a-zA-Z]* invalid'
