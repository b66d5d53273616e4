# The Dinkes LKjIP in HTML: one self-contained file with the unit's title,
# the summary table's numbers as the IR shows them (DINKES-AKI capaian
# tampil 104.70 -> "104,70 %", category Sangat Tinggi, the rule beside it),
# Indonesian money and dates, all seven analyses per sasaran, the charts and
# the pohon kinerja as inline SVG; no script, no external resource, no
# http(s) URL but the SVG namespace, and xmllint's HTML parser finds no
# error other than the HTML5/SVG tags it does not know.
%args build samples/ -o $TMP/out --format html
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q '<title>LKjIP Dinas Kesehatan Kabupaten Sukamaju Tahun 2025</title>' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; head -c 16 $f | grep -qx '<!DOCTYPE html>' && grep -q '<html lang="id">' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -Eq 'Angka Kematian Ibu \(AKI\).{0,600}104,70%</span></td><td><span class="kategori"><span class="warna" style="background-color:#1a7f37"></span>Sangat Tinggi</span>' $f && grep -q 'negatif (2T−R)/T×100' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q 'Sangat Tinggi' $f && grep -q 'background-color:#1a7f37' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q '100,72%' $f && grep -q 'Cara menghitung: rata-rata capaian 3 sasaran (Sasaran 1: 100,26%; Sasaran 2: 99,70%; Sasaran 3: 102,20%).' $f && grep -q 'Rp12.150.000.000' $f && grep -q 'Sukamaju, 27 Februari 2026' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; for n in 1 2 3 4 5 6 7; do [ $(grep -o "<span class=\"nomor-analisis\">($n)</span>" $f | wc -l) = 3 ] || exit 1; done
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q 'id="sasaran-3"' $f && grep -q 'class="pohon-kinerja"' $f && [ $(grep -o '<svg xmlns="http://www.w3.org/2000/svg"' $f | wc -l) -ge 20 ]
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; ! grep -Eqi '<script|<link|<iframe|<img|@import|url\(' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; ! grep -Eo 'https?://[^"<> ]*' $f | grep -v '^http://www.w3.org/2000/svg$'
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; ! xmllint --html --noout $f 2>&1 | grep 'parser error' | grep -vq 'Tag [a-zA-Z]* invalid'
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; ! grep -q '\[[a-z][a-z0-9.-]*\]' $f
