# Issue 12 item 5: a composite whose formula gives no value says why, naming
# what it is about, in the IR and the reports, instead of "tanpa-realisasi":
#  KAB-C1  names KAB-UHHH (a typo; LKJ0409 at link)  → rumus-id-tidak-dikenal
#  KAB-C2  uses KAB-C1, which has no value           → komponen-tidak-dihitung
#  KAB-C3  ln(KAB-UHH - 74.6) = ln(0)                → rumus-tidak-terdefinisi
#  KAB-C4  uses KAB-K, which has no realisasi        → komponen-tidak-dihitung
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<indikator id="KAB-UHH"#<indikator id="KAB-C1" polaritas="positif" agregasi="terakhir"><nama>C1</nama><satuan>indeks</satuan><rumus>KAB-UHHH - 4.6</rumus><target tahun="2025" nilai="70"/></indikator><indikator id="KAB-C2" polaritas="positif" agregasi="terakhir"><nama>C2</nama><satuan>indeks</satuan><rumus>KAB-C1 * 2</rumus><target tahun="2025" nilai="140"/></indikator><indikator id="KAB-C3" polaritas="positif" agregasi="terakhir"><nama>C3</nama><satuan>indeks</satuan><rumus>ln(KAB-UHH - 74.6)</rumus><target tahun="2025" nilai="1"/></indikator><indikator id="KAB-C4" polaritas="positif" agregasi="terakhir"><nama>C4</nama><satuan>indeks</satuan><rumus>KAB-K + 1</rumus><target tahun="2025" nilai="1"/></indikator><indikator id="KAB-K" polaritas="positif" agregasi="terakhir"><nama>K</nama><satuan>indeks</satuan><target tahun="2025" nilai="1"/></indikator><indikator id="KAB-UHH"#' $TMP/ws/kab.xml
%args build $TMP/ws -o $TMP/out --format ir,html --lang en
%exit 1
%grep error LKJ0409: the formula of indikator 'KAB-C1' refers to 'KAB-UHHH'
%check grep -q '<realisasi status="rumus-id-tidak-dikenal" alasan="the formula names '"'"'KAB-UHHH'"'"', which is no indikator of the workspace" aturan="composite formula"/>' $TMP/out/kab-contoh/ir.xml
%check grep -q '<capaian status="rumus-id-tidak-dikenal" alasan="the formula names '"'"'KAB-UHHH'"'"', which is no indikator of the workspace"/>' $TMP/out/kab-contoh/ir.xml
%check grep -q '<realisasi status="komponen-tidak-dihitung" alasan="the component '"'"'KAB-C1'"'"' cannot be computed: the formula names an id that is no indikator of the workspace" aturan="composite formula"/>' $TMP/out/kab-contoh/ir.xml
%check grep -q '<realisasi status="rumus-tidak-terdefinisi" alasan="the formula is undefined for these values ('"'"'ln'"'"')" aturan="composite formula"/>' $TMP/out/kab-contoh/ir.xml
%check grep -q '<realisasi status="komponen-tidak-dihitung" alasan="the component '"'"'KAB-K'"'"' cannot be computed: no realisasi yet" aturan="composite formula"/>' $TMP/out/kab-contoh/ir.xml
%check ! grep -q 'KAB-C[1-4].*tanpa-realisasi' $TMP/out/kab-contoh/ir.xml
%check xmllint --noout --nonet --schema schemas/report.xsd $TMP/out/kab-contoh/ir.xml
# The report shows the reason beside "not computed".
%check grep -q 'the formula names '"'"'KAB-UHHH'"'"', which is no indikator of the workspace</span>' $TMP/out/kab-contoh/lkjip.html
