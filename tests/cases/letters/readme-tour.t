# The README's tour: Dinas Kesehatan resubmits its file without a <satuan>;
# check --link --letters says so and writes ten letters, the rejected one
# reading as the README shows it, and the summary "8 dari 9 kiriman
# diterima, 1 ditolak" (the pemda's own letter diterima with one warning).
%setup cp -r samples $TMP/ws && cp tests/data/bad/missing-satuan.xml $TMP/ws/kab-sukamaju/opd-dinkes.xml
%args check --link --letters $TMP/surat $TMP/ws/
%exit 1
%check grep -q '<bdi class="nama">Dinas Kesehatan Kabupaten Sukamaju</bdi> <span class="kode">(<bdi>dinkes</bdi>)</span>' $TMP/surat/dinkes.html && grep -q '<strong>DITOLAK</strong>' $TMP/surat/dinkes.html
%check grep -q 'Kiriman ini ditolak karena memuat 1 kesalahan. Perbaiki kesalahan di bawah ini, lalu kirim ulang berkasnya.' $TMP/surat/dinkes.html && grep -q 'LKJ0201</span> — Elemen wajib tidak ada' $TMP/surat/dinkes.html && grep -q 'baris 22, kolom 9' $TMP/surat/dinkes.html
%check grep -q 'Skema submisi mewajibkan elemen ini. Contoh: setiap &lt;indikator&gt; harus memiliki &lt;nama&gt; dan &lt;satuan&gt;, setiap &lt;sub-kegiatan&gt; memiliki &lt;pagu&gt;.' $TMP/surat/dinkes.html
%check grep -q '<p>8 dari 9 kiriman diterima, 1 ditolak.</p>' $TMP/surat/index.html && grep -q '<section class="putusan diterima">' $TMP/surat/kab-sukamaju.html && grep -q '1 peringatan di bawah ini' $TMP/surat/kab-sukamaju.html
%stdout
$TMP/ws/kab-sukamaju/opd-dinkes.xml:22:9: kesalahan LKJ0201: indikator 'DINKES-AKI' tidak memiliki elemen wajib <satuan>
  saran: tambahkan <satuan> di dalam indikator 'DINKES-AKI' (urutan elemen: docs/format.md)
$TMP/ws/kab-sukamaju/kab-sukamaju.xml:170:5: peringatan LKJ0405: sasaran 'KAB-S2' tidak didukung sasaran perangkat daerah mana pun
  saran: tambahkan mendukung="KAB-S2" pada sasaran perangkat daerah yang mengampunya
lkjip: 10 surat ditulis ke $TMP/surat (rekap: $TMP/surat/index.html)
lkjip: 9 berkas diperiksa, 1 kesalahan, 1 peringatan
