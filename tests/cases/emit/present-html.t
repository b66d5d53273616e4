# stylesheets/lkjip-html.xsl on the sample presented document: one
# self-contained HTML5 file whose headings, cells and paragraphs are the
# document's own text; spans carried as rowspan/colspan; the chart's SVG
# inline in a figure; a category as the colour swatch today's reports use
# (the very markup of the golden Dinas Kesehatan LKjIP); text escaped; the
# PK (jenis="pk") on its own page style.
%args --version
%setup xsltproc --nonet stylesheets/lkjip-html.xsl tests/data/present/sample.xml > $TMP/s.html
%setup sed 's/jenis="lkjip"/jenis="pk"/' tests/data/present/sample.xml | xsltproc --nonet stylesheets/lkjip-html.xsl - > $TMP/pk.html
%setup sed 's|Laporan ini disusun sebagai bahan evaluasi.|\&lt;script\&gt;alert(1)\&lt;/script\&gt; \&amp; evaluasi|' tests/data/present/sample.xml | xsltproc --nonet stylesheets/lkjip-html.xsl - > $TMP/esc.html
# The page: doctype, language, title, the CSS of today's stylesheets.
%check head -c 200 $TMP/s.html | grep -q '^<!DOCTYPE html>' && grep -q '<html lang="id">' $TMP/s.html && grep -q '<title>LKjIP Dinas Kesehatan Kabupaten Sukamaju Tahun 2025</title>' $TMP/s.html && grep -q '<meta name="generator" content="lkjip 0.1.0">' $TMP/s.html
%check grep -q '^table.data th, table.data td { border: 1px solid #9aa5b1;' $TMP/s.html && grep -q '^.warna { display: inline-block;' $TMP/s.html && grep -q '^.pk .pk-tabel th, .pk .pk-tabel td {' $TMP/s.html
%check ! grep -Eq '<script|<link|src=|urn:lkjip:present|xmlns:p=' $TMP/s.html
# Cover, contents, headings by depth, paragraphs, lists, links.
%check grep -q '<div class="sampul"><div class="sampul-jenis">Laporan Kinerja Instansi Pemerintah</div><div class="sampul-singkat">(LKjIP)</div><h1 class="sampul-unit">Dinas Kesehatan Kabupaten Sukamaju</h1><div class="sampul-periode">Tahun 2025</div>' $TMP/s.html
%check grep -q '<nav class="daftar-isi"><h2 class="tanpa-putus">Daftar Isi</h2><ol><li class="tingkat-1"><a href="#ikhtisar">Ikhtisar Eksekutif</a></li>' $TMP/s.html && grep -q '<li class="tingkat-3"><a href="#sasaran-1">Sasaran 1: Menurunnya angka kematian ibu dan bayi</a></li>' $TMP/s.html
%check grep -q '<section id="bab-3" class="bab"><h2>Bab III Akuntabilitas Kinerja</h2><section id="bab-3-a"><h3>A. Capaian Kinerja Organisasi</h3>' $TMP/s.html && grep -q '<section id="sasaran-1" class="sasaran"><h4><span class="label-sasaran">Sasaran 1</span> Menurunnya angka kematian ibu dan bayi</h4>' $TMP/s.html
%check grep -q '<p class="narasi" id="pembuka">Dinas Kesehatan Kabupaten Sukamaju menyampaikan Laporan Kinerja Tahun 2025' $TMP/s.html && grep -q '<p>Tugas pokok Dinas Kesehatan meliputi <b>urusan kesehatan</b> dan <i>pembinaan</i> fasilitas' $TMP/s.html
%check grep -q '<ul class="narasi" id="isu-strategis"><li>Angka kematian ibu berada di bawah target Perjanjian Kinerja.</li>' $TMP/s.html && grep -q '<ol><li>Prevalensi stunting</li><li>Angka kematian bayi</li></ol>' $TMP/s.html
%check grep -q 'ada di <a href="#sasaran-1">Sasaran 1</a>; ringkasannya di <a href="#ringkas">Ikhtisar Eksekutif</a>.' $TMP/s.html && grep -q '<div class="kotak ringkas" id="ringkas"><p class="ringkas-judul">' $TMP/s.html
# The table: caption, header rows with rowspan and colspan, a row span in
# the body, a body header cell, the footer's colspan, values as written.
%check grep -q '<table class="data capaian" id="tabel-capaian-1"><caption>Capaian indikator Sasaran 1, Tahun 2025</caption><thead><tr><th rowspan="2" class="no">No</th><th rowspan="2">Indikator</th><th colspan="3">Tahun 2025</th><th rowspan="2">Kategori</th></tr><tr><th class="angka">Target</th>' $TMP/s.html
%check grep -q '<tbody><tr class="awal-kelompok"><td class="no" rowspan="2">1</td><td>Angka Kematian Ibu (AKI) <span class="iku">IKU</span></td><td class="angka">95 <span class="satuan">per 100.000 kelahiran hidup</span></td><td class="angka">90,53</td><td class="angka"><span class="persen">104,70%</span> <span class="aturan">negatif (2T−R)/T×100</span></td>' $TMP/s.html
%check grep -q '<tr><th class="no">2</th><td>Persentase Persalinan' $TMP/s.html && grep -q '<tfoot><tr class="total"><td colspan="4">Capaian sasaran</td><td class="angka">100,06%</td>' $TMP/s.html
# The category: today's swatch markup, the very string of the golden LKjIP.
%check m='<span class="kategori"><span class="warna" style="background-color:#1a7f37"></span>Sangat Tinggi</span>'; grep -qF "$m" $TMP/s.html && grep -qF "$m" tests/golden/reports/kab-sukamaju/dinkes/lkjip.html
%check grep -qF '<span class="kategori"><span class="warna" style="background-color:#4ac26b"></span>Tinggi</span> <span class="sub">belum tercapai</span>' $TMP/s.html
# The chart: inline SVG in a figure, with its caption and note.
%check grep -q '<figure class="grafik" id="grafik-sasaran-1"><figcaption>Target dan realisasi — Tahun 2025</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="360" height="80"' $TMP/s.html && grep -q '<text x="285" y="39">90,53</text><text x="4" y="30">AKI</text></svg><p class="keterangan-grafik">Angka di ujung batang adalah nilai sebenarnya.</p></figure>' $TMP/s.html
%check grep -q '<figure id="pohon"><svg xmlns="http://www.w3.org/2000/svg"' $TMP/s.html && [ "$(grep -o '<svg ' $TMP/s.html | wc -l)" = 2 ]
# Signature blocks: one line per role; two parties side by side.
%check grep -q '<div class="ttd ttd-laporan" id="ttd-laporan"><p class="ttd-tempat">Sukamaju, 27 Februari 2026</p><p class="ttd-jabatan">Kepala Dinas Kesehatan Kabupaten Sukamaju</p><p class="ttd-ruang"></p><p class="ttd-nama">dr. Siti Aminah, M.Kes.</p>' $TMP/s.html
%check grep -q '<div class="ttd-dua"><div class="ttd"><p class="ttd-pihak">PIHAK KEDUA,</p>' $TMP/s.html
# Text is escaped, never markup.
%check grep -q '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; evaluasi</p>' $TMP/esc.html && ! grep -q '<script' $TMP/esc.html
# The PK: its own page and CSS, without the LKjIP's.
%check grep -q '<body class="pk-page"><div class="pk">' $TMP/pk.html && grep -q '^.pk-page .pk-halaman {' $TMP/pk.html && ! grep -q '^.dokumen {' $TMP/pk.html
