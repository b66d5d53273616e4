# Issue 13 item 7: a quarterly report can show progress against the annual
# target where no quarterly target exists (kebijakan tanpa-target-triwulan
# progres-tahunan), and says it is progress, never an annual capaian; and
# the report's language is the profile's bahasa-laporan, apart from the
# messages' (--lang) and overridden by --report-lang.
%timeout 120
%setup cp -r samples $TMP/ws && sed -i "s#<kebijakan>#<bahasa-laporan>en</bahasa-laporan><kebijakan><tanpa-target-triwulan>progres-tahunan</tanpa-target-triwulan>#" $TMP/ws/kab-sukamaju/lkjip.xml
%args build $TMP/ws -o $TMP/out --format ir,html --period 2025-Q3 --quiet --no-cache --state $TMP/s
%check f=$TMP/out/kab-sukamaju/dinkes/ir.xml; grep -q '<target-periode status="ok" aturan="progress against the annual target" nilai="95" versi-pk="1"/>' $f && grep -q '<capaian status="ok" aturan="negative (2T−R)/T×100" nilai="107.633512870693" tampil="107.63" t="95"' $f && grep -q 'tanpa-target-triwulan="progres-tahunan"' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q '<html lang="en">' $f && grep -q 'progress against the annual target' $f && grep -q '107,63%' $f
%check $LKJIP build $TMP/ws -o $TMP/id --format html --report-lang id --quiet --no-cache --state $TMP/s2 && grep -q '<html lang="id">' $TMP/id/kab-sukamaju/dinkes/lkjip.html
%check $LKJIP check --link $TMP/ws > /dev/null
