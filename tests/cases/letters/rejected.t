# A district's resubmission with a mistake gets a letter saying DITOLAK, with
# each problem where it is (line and column), its code and severity, the
# message, the fix (the hint), the catalogue's title and explanation, and the
# offending lines: two before and after, the line marked, the character at
# the column in <mark>, the common indentation left out. A warning alone
# does not reject (thousands-dot: DITERIMA with 2 warnings). Each file alone
# (--no-link): linking is link.t's.
%setup cp -r tests/data/link/base $TMP/ws && cp tests/data/bad/missing-satuan.xml $TMP/ws/opd-dinkes.xml && cp tests/data/bad/thousands-dot.xml $TMP/ws/opd-k4.xml
%args check --no-link --letters $TMP/l $TMP/ws
%exit 1
%check grep -q '<section class="putusan ditolak">' $TMP/l/dinkes.html && grep -q 'Kiriman ini ditolak karena memuat 1 kesalahan. Perbaiki kesalahan di bawah ini, lalu kirim ulang berkasnya.' $TMP/l/dinkes.html
%check grep -q '<span class="tingkat">Kesalahan</span> <span class="kode">LKJ0201</span> — Elemen wajib tidak ada' $TMP/l/dinkes.html && grep -q 'baris 22, kolom 9' $TMP/l/dinkes.html
%check grep -q "<dd class=\"pesan\"><bdi>indikator 'DINKES-AKI' tidak memiliki elemen wajib &lt;satuan&gt;</bdi></dd>" $TMP/l/dinkes.html
%check grep -q "<dd class=\"perbaikan\"><bdi>tambahkan &lt;satuan&gt; di dalam indikator 'DINKES-AKI' (urutan elemen: docs/format.md)</bdi></dd>" $TMP/l/dinkes.html
%check grep -q '<dd class="penjelasan">Skema submisi mewajibkan elemen ini.' $TMP/l/dinkes.html
%check grep -q '<td class="no">20</td><td class="teks"><bdi>&lt;indikator id="DINKES-AKI" polaritas="negatif" agregasi="jumlah" iku="ya"&gt;</bdi>' $TMP/l/dinkes.html
%check grep -q '<tr class="sorot"><td class="no">22</td><td class="teks"><bdi>  <mark>&lt;</mark>target tahun="2025" nilai="95"/&gt;</bdi></td></tr>' $TMP/l/dinkes.html
%check [ "$(grep -o '<td class="no">[0-9]*</td>' $TMP/l/dinkes.html | tr -dc '0-9\n' | tr '\n' ' ')" = "20 21 22 23 24 " ]
%check grep -q '<section class="putusan diterima">' $TMP/l/dinkes-2.html && grep -q '2 peringatan di bawah ini tidak menghalangi penerimaan' $TMP/l/dinkes-2.html && grep -q 'LKJ0322' $TMP/l/dinkes-2.html
%check [ "$(grep -o '<dd class="penjelasan">' $TMP/l/dinkes-2.html | wc -l)" = 2 ]
%check grep -q '<p>5 dari 6 kiriman diterima, 1 ditolak.</p>' $TMP/l/index.html && grep -q '<tr class="ditolak">.*opd-dinkes.xml' $TMP/l/index.html
%grep ^lkjip: 7 surat ditulis ke
