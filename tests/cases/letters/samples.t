# check --letters of the samples: a letter per file named after its unit
# (the gzip-compressed dinsos file included, the profile after its file),
# each DITERIMA with its unit's name and id, and the summary of the pemda
# named by the profile (kab-sukamaju): its own file, the profile and its six
# OPDs in the first table, the provinsi in the second, each row linking to
# its letter.
%args check --letters $TMP/l samples/
%check cd $TMP/l && [ "$(ls | tr '\n' ' ')" = "bappeda.html dinkes.html dinsos.html disdikbud.html dlh.html dpupr.html index.html kab-sukamaju.html lkjip.html prov-jateng.html " ]
%check grep -q '<title>Hasil Pemeriksaan Kiriman – Dinas Sosial Kabupaten Sukamaju</title>' $TMP/l/dinsos.html && grep -q 'samples/kab-sukamaju/opd-dinsos.xml.gz' $TMP/l/dinsos.html
%check grep -q '<bdi class="nama">Dinas Kesehatan Kabupaten Sukamaju</bdi> <span class="kode">(<bdi>dinkes</bdi>)</span>' $TMP/l/dinkes.html
%check grep -q '<section class="putusan diterima">' $TMP/l/dinkes.html && grep -q 'Kiriman ini diterima: tidak ada kesalahan di dalamnya.' $TMP/l/dinkes.html && grep -q 'Tidak ada temuan.' $TMP/l/dinkes.html
%check grep -q 'Profil ruang kerja (entitas kab-sukamaju)' $TMP/l/lkjip.html
%check grep -q '<title>Rekapitulasi Hasil Pemeriksaan Kiriman – Pemerintah Kabupaten Sukamaju</title>' $TMP/l/index.html && grep -q '<p>9 dari 9 kiriman diterima, 0 ditolak.</p>' $TMP/l/index.html
%check [ "$(grep -o '<a href="[a-z-]*\.html">' $TMP/l/index.html | tr '\n' ' ')" = '<a href="kab-sukamaju.html"> <a href="lkjip.html"> <a href="bappeda.html"> <a href="dinkes.html"> <a href="dinsos.html"> <a href="disdikbud.html"> <a href="dlh.html"> <a href="dpupr.html"> <a href="prov-jateng.html"> ' ]
%check grep -q 'Kiriman lain dalam pemeriksaan ini</h2>.*Pemerintah Provinsi Jawa Tengah' $TMP/l/index.html
%check grep -q '@page { size: A4;' $TMP/l/dinkes.html && grep -q '@media print' $TMP/l/index.html
%stdout
lkjip: 10 surat ditulis ke $TMP/l (rekap: $TMP/l/index.html)
lkjip: 9 berkas diperiksa, 0 kesalahan, 0 peringatan
