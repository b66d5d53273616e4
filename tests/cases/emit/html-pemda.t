# The kabupaten's LKjIP: supporting OPDs per sasaran (didukung), the
# crosscutting matrix (KAB-S3 supported by 3 units), a grade indicator
# (KAB-SAKIP: BB against A, 83,33 %, Tinggi), the pohon kinerja with its
# crosscutting boxes dashed and a legend, and a clear note instead of a
# budget table (a pemda has no programs of its own in the inputs).
%args build samples/ -o $TMP/out --format html
%check f=$TMP/out/kab-sukamaju/lkjip.html; grep -q '<title>LKjIP Pemerintah Kabupaten Sukamaju Tahun 2025</title>' $f && grep -q 'Laporan Kinerja Instansi Pemerintah Kabupaten Sukamaju Tahun 2025' $f
%check f=$TMP/out/kab-sukamaju/lkjip.html; grep -q 'id="crosscutting"' $f && grep -q 'Didukung oleh' $f && grep -q 'Dinas Sosial Kabupaten Sukamaju' $f
%check f=$TMP/out/kab-sukamaju/lkjip.html; grep -q '<td class="angka">BB</td><td class="angka"><span class="persen">83,33%</span></td><td><span class="kategori"><span class="warna" style="background-color:#4ac26b"></span>Tinggi</span></td><td class="belum-tercapai">belum tercapai</td>' $f
%check f=$TMP/out/kab-sukamaju/lkjip.html; grep -q 'stroke-dasharray="6 3"' $f && grep -q 'Sasaran pemerintah daerah' $f
%check f=$TMP/out/kab-sukamaju/lkjip.html; grep -q 'Realisasi anggaran dan capaian kinerja per perangkat daerah, Tahun 2025' $f && grep -q '<td class="angka">Rp15.004.500.000</td><td class="angka">Rp14.339.718.000</td>' $f
%check f=$TMP/out/kab-sukamaju/lkjip.html; ! grep -Eo 'https?://[^"<> ]*' $f | grep -v '^http://www.w3.org/2000/svg$'
%check f=$TMP/out/kab-sukamaju/lkjip.html; ! xmllint --html --noout $f 2>&1 | grep 'parser error' | grep -vq 'Tag [a-zA-Z]* invalid'
