# Issue 12 item 5: a component of a composite indicator (an id a <rumus> of
# the same file names) needs no target of its own: KAB-UHH, used only in
# KAB-IPM's formula, has its target removed. Before: LKJ0308. Now the file
# is clean, the composite is computed from it (74.6 - 4.6 = 70 against 70:
# 100 %), and the component shows no capaian, missing or otherwise: status
# komponen, no part in its sasaran's mean (1 computed, 0 skipped).
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<target tahun="2025" nilai="74.5"/>##; s#<indikator id="KAB-UHH"#<indikator id="KAB-IPM" polaritas="positif" agregasi="terakhir"><nama>Indeks contoh</nama><satuan>indeks</satuan><rumus>KAB-UHH - 4.6</rumus><target tahun="2025" nilai="70"/></indikator><indikator id="KAB-UHH"#' $TMP/ws/kab.xml
%setup build/check/lkjip check --link --lang en --report-lang en $TMP/ws > $TMP/check.out; echo "check exit $?" >> $TMP/check.out
%args build $TMP/ws -o $TMP/out --format ir,html,docbook --lang en --report-lang en
%grep 0 errors, 0 warnings
%check grep -q 'check exit 0' $TMP/check.out && ! grep -q LKJ0308 $TMP/check.out
%check grep -q '<indikator id="KAB-UHH" polaritas="positif" agregasi="terakhir" iku="ya" komponen-dari="KAB-IPM"' $TMP/out/kab-contoh/ir.xml
%check grep -q '<capaian status="komponen" alasan="component of a composite indicator, without a target of its own"/>' $TMP/out/kab-contoh/ir.xml
%check grep -q '<realisasi status="ok" aturan="composite formula" nilai="70" tampil="70.00"/>' $TMP/out/kab-contoh/ir.xml
%check grep -q 'aturan="mean of capaian" nilai="100" tampil="100.00" kategori="ST" kategori-label="Sangat Tinggi" dihitung="1" dilewati="0"/>' $TMP/out/kab-contoh/ir.xml
%check xmllint --noout --nonet --schema schemas/report.xsd $TMP/out/kab-contoh/ir.xml
# The reports say "component", never "not computed", for it.
%check grep -q '<span class="komponen">component of a composite indicator</span> <span class="aturan">used in the formula of KAB-IPM; no target of its own, so no capaian is measured</span>' $TMP/out/kab-contoh/lkjip.html
%check grep -q '<phrase role="komponen">component of a composite indicator</phrase>' $TMP/out/kab-contoh/lkjip.xml
