# Issue 12 item 5: cap, floor and rounding set on one indikator override the
# profile for that indicator only (they were LKJ0204 before), and the IR says
# which policy applied and where it came from.
# The profile caps at 100. A-I1 says batas-atas="tanpa" and rounds to one
# decimal by truncation: R 50 + 60.77 = 110.77 against T 100 → 110.77,
# shown 110.7, not capped. B-I1 (R 110, T 100) keeps the profile's cap:
# 100, raw 110, shown with the profile's 2 decimals.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<tahun>2025</tahun>#<tahun>2025</tahun><kebijakan><batas-atas>100</batas-atas></kebijakan>#' $TMP/ws/lkjip.xml
%setup sed -i 's#<indikator id="A-I1" polaritas="positif" agregasi="jumlah">#<indikator id="A-I1" polaritas="positif" agregasi="jumlah" batas-atas="tanpa" batas-bawah="0" pembulatan-desimal="1" pembulatan-cara="potong">#; s#<bulan ke="2" nilai="60"/>#<bulan ke="2" nilai="60.77"/>#' $TMP/ws/opd-a.xml
%args build $TMP/ws -o $TMP/out --format ir,html,docbook --lang en --report-lang en
%grep 0 errors, 0 warnings
%check grep -q '<kebijakan-indikator rumus-negatif="2T-R" rumus-negatif-asal="profil" batas-atas="tanpa" batas-atas-asal="indikator" batas-bawah="0" batas-bawah-asal="indikator" desimal="1" desimal-asal="indikator" cara="potong" cara-asal="indikator"/>' $TMP/out/kab-contoh/dinas-a/ir.xml
%check grep -q '<capaian status="ok" aturan="positive R/T×100" nilai="110.77" tampil="110.7" t="100" r="110.77" kategori="ST"' $TMP/out/kab-contoh/dinas-a/ir.xml
%check grep -q '<kebijakan-indikator rumus-negatif="2T-R" rumus-negatif-asal="profil" batas-atas="100" batas-atas-asal="profil" batas-bawah="tanpa" batas-bawah-asal="profil" desimal="2" desimal-asal="profil" cara="setengah-menjauhi-nol" cara-asal="profil"/>' $TMP/out/kab-contoh/dinas-b/ir.xml
%check grep -q '<capaian status="ok" aturan="positive R/T×100" nilai="100" tampil="100.00" mentah="110" mentah-tampil="110.00" t="100" r="110" dibatasi="atas"' $TMP/out/kab-contoh/dinas-b/ir.xml
# The report's policies name the indicator's own ones, in both formats.
%check grep -q '<th>Indikator dinas-a</th><td>Upper limit of achievement: none; Lower limit of achievement: 0; Decimal places shown: 1; Rounding: truncate</td>' $TMP/out/kab-contoh/dinas-a/lkjip.html
%check ! grep -q 'kebijakan-indikator' $TMP/out/kab-contoh/dinas-b/lkjip.html
%check grep -q 'Indicator-specific policies' $TMP/out/kab-contoh/dinas-a/lkjip.xml
%check for f in $TMP/out/kab-contoh/dinas-a/ir.xml $TMP/out/kab-contoh/dinas-b/ir.xml; do xmllint --noout --nonet --schema schemas/report.xsd $f || exit 1; done
