# Issue 12 item 5: the efficiency (capaian - serapan) has its unit,
# percentage points, and a class by the profile's klasifikasi-efisiensi, in
# the IR and in both reports, in English and Indonesian. Dinas Kesehatan's
# programs: 101.89 - 93.75 = 8.14 points and 100.03 - 95.99 = 4.04 points.
# The profile here moves the bounds: efisien above 8.14 (so 8.14 itself is
# cukup efisien, bound included; the supporting program 1.02.01 is in no
# sasaran table of the reports) and tidak efisien below 4.05 (so 4.04 is).
%setup cp -r samples $TMP/ws && sed -i 's#efisien-di-atas="5" tidak-efisien-di-bawah="-5"#efisien-di-atas="8.14" tidak-efisien-di-bawah="4.05"#' $TMP/ws/kab-sukamaju/lkjip.xml
%setup build/check/lkjip build samples -o $TMP/default -q --format ir,html,docbook
%args build $TMP/ws -o $TMP/out --format ir,html,docbook --lang en --report-lang en
%grep 0 errors, 0 warnings
# The default bounds (+5, -5), in Indonesian.
%check grep -q '<efisiensi status="ok" aturan="efisiensi selisih: capaian − serapan" nilai="8.14179148311307" tampil="8.14" satuan="poin-persen" kelas="efisien"' $TMP/default/kab-sukamaju/dinkes/ir.xml
%check grep -q 'nilai="4.04356235462515" tampil="4.04" satuan="poin-persen" kelas="cukup-efisien"' $TMP/default/kab-sukamaju/dinkes/ir.xml
%check grep -q 'efisiensi="selisih" capaian-unit="sasaran" tanpa-target-triwulan="tidak-dihitung" efisien-di-atas="5" tidak-efisien-di-bawah="-5">' $TMP/default/kab-sukamaju/dinkes/ir.xml
%check grep -q '<span class="persen">4,04 poin persen</span> <span class="kelas-efisiensi kelas-cukup-efisien">cukup efisien</span>' $TMP/default/kab-sukamaju/dinkes/lkjip.html
%check grep -q '<phrase role="persen">4,04 poin persen</phrase> <phrase role="kelas-efisiensi kelas-cukup-efisien">cukup efisien</phrase>' $TMP/default/kab-sukamaju/dinkes/lkjip.xml
%check grep -q 'Efisiensi = capaian − serapan, dalam poin persen: efisien bila di atas 5, cukup efisien dari -5 sampai 5 (batas termasuk), tidak efisien bila di bawah -5.' $TMP/default/kab-sukamaju/dinkes/lkjip.html
# The profile's own bounds, in English.
%check grep -q 'tampil="8.14" satuan="poin-persen" kelas="cukup-efisien"' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q 'tampil="4.04" satuan="poin-persen" kelas="tidak-efisien"' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q '<span class="persen">4,04 percentage points</span> <span class="kelas-efisiensi kelas-tidak-efisien">inefficient</span>' $TMP/out/kab-sukamaju/dinkes/lkjip.html
%check grep -q '<phrase role="persen">4,04 percentage points</phrase> <phrase role="kelas-efisiensi kelas-tidak-efisien">inefficient</phrase>' $TMP/out/kab-sukamaju/dinkes/lkjip.xml
%check grep -q 'efficient above 8,14, fairly efficient from 4,05 to 8,14 (bounds included), inefficient below 4,05.' $TMP/out/kab-sukamaju/dinkes/lkjip.xml
%check xmllint --noout --nonet --schema schemas/report.xsd $TMP/out/kab-sukamaju/dinkes/ir.xml
