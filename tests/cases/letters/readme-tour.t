# The README's tour of the letters, run exactly as written (tests/readme-
# block.sh: relative paths, from a folder holding the repository's samples/
# and build/), its output compared line by line with the README's: Dinas
# Kesehatan's resubmission lacks a <satuan>; ten letters are written, the
# rejected one reading as the README shows it, and the summary "8 dari 9
# kiriman diterima, 1 ditolak" (the pemda's own letter diterima without a
# finding: the sasaran only DINKES supports is not called unsupported).
%timeout 60
%args --version
%check tests/readme-block.sh 'cp -r samples ws' $TMP/tour
%check grep -q '<bdi class="nama">Dinas Kesehatan Kabupaten Sukamaju</bdi> <span class="kode">(<bdi>dinkes</bdi>)</span>' $TMP/tour/surat/dinkes.html && grep -q '<strong>DITOLAK</strong>' $TMP/tour/surat/dinkes.html
%check grep -q 'Kiriman ini ditolak karena memuat 1 kesalahan. Perbaiki kesalahan di bawah ini, lalu kirim ulang berkasnya.' $TMP/tour/surat/dinkes.html && grep -q 'LKJ0201</span> — Elemen wajib tidak ada' $TMP/tour/surat/dinkes.html && grep -q 'baris 24, kolom 7' $TMP/tour/surat/dinkes.html
%check grep -q '<tr class="sorot"><td class="no">24</td><td class="teks"><bdi>  <mark>&lt;</mark>definisi&gt;' $TMP/tour/surat/dinkes.html && grep -q '<td class="no">22</td><td class="teks"><bdi>&lt;indikator id="DINKES-UHH"' $TMP/tour/surat/dinkes.html
%check grep -q 'Skema submisi mewajibkan elemen ini. Contoh: setiap &lt;indikator&gt; harus memiliki &lt;nama&gt; dan &lt;satuan&gt;, setiap &lt;sub-kegiatan&gt; memiliki &lt;pagu&gt;.' $TMP/tour/surat/dinkes.html
%check grep -q '<p>8 dari 9 kiriman diterima, 1 ditolak.</p>' $TMP/tour/surat/index.html && grep -q '<section class="putusan diterima">' $TMP/tour/surat/kab-sukamaju.html && grep -q 'Kiriman ini diterima: tidak ada kesalahan di dalamnya.' $TMP/tour/surat/kab-sukamaju.html && grep -q 'Tidak ada temuan.' $TMP/tour/surat/kab-sukamaju.html
