# The English LKjIP (--lang en): English labels and dates, the same
# Indonesian number formatting, the standard category labels translated;
# still self-contained, no http(s) URL but the SVG namespace, parses.
%args build samples/ -o $TMP/out --format html --lang en --report-lang en
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q '<html lang="en">' $f && grep -q '<title>LKjIP Dinas Kesehatan Kabupaten Sukamaju Year 2025</title>' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q 'Executive Summary' $f && grep -q 'Chapter III Performance Accountability' $f && grep -q 'Appendix: Performance Tree' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -Eq 'Angka Kematian Ibu \(AKI\).{0,600}104,70%</span></td><td><span class="kategori"><span class="warna" style="background-color:#1a7f37"></span>Very High</span></td><td class="tercapai">met</td>' $f && grep -q 'negative (2T−R)/T×100' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q 'Very High' $f && ! grep -q 'Sangat Tinggi' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; grep -q 'Sukamaju, 27 February 2026' $f && grep -q 'Rp12.150.000.000' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; ! grep -Eqi '<script|<link|<iframe|<img|@import|url\(' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; ! grep -Eo 'https?://[^"<> ]*' $f | grep -v '^http://www.w3.org/2000/svg$'
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; ! xmllint --html --noout $f 2>&1 | grep 'parser error' | grep -vq 'Tag [a-zA-Z]* invalid'
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.html; ! grep -q '\[[a-z][a-z0-9.-]*\]' $f
