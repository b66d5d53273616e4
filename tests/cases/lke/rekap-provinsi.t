# A provinsi's table of its kabupaten/kota (several units with
# jenis="pemda", docs/lke.md §6) is titled with the provinsi they name in
# <induk>, never with the first pemda's name; the provinsi's own answers
# may be among them. A pemda with its OPDs keeps the pemda's title.
%timeout 90
%args evaluasi $DATA/lke/provinsi/kab-sukamaju.lke.xml $DATA/lke/provinsi/kota-sukamulya.lke.xml --format html,docbook -o $TMP/o
%check grep -qF '<title>Rekapitulasi evaluasi SAKIP kabupaten/kota — Pemerintah Provinsi Jawa Tengah Tahun 2025</title>' $TMP/o/rekap-evaluasi.xml
%check grep -qF '<title>Rekapitulasi evaluasi SAKIP kabupaten/kota — Pemerintah Provinsi Jawa Tengah Tahun 2025</title>' $TMP/o/rekap-evaluasi.html
%check xsltproc --nonet tests/data/lke/rows.xsl $TMP/o/rekap-evaluasi.xml | grep -qxF '2 | Pemerintah Kota Sukamulya | pemda | 27,00 | 27,00 | 13,50 | 22,50 | 90,00 | A | Evaluator'
%check tests/parity.sh $TMP/o/rekap-evaluasi.html $TMP/o/rekap-evaluasi.xml
%check jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng $TMP/o/rekap-evaluasi.xml
# With the provinsi's own answers among them (a pemda without induk whose
# name is the induk the others name): the same title, three lines.
%check build/check/lkjip evaluasi $DATA/lke/provinsi/kab-sukamaju.lke.xml $DATA/lke/provinsi/prov-jateng.lke.xml $DATA/lke/provinsi/kota-sukamulya.lke.xml --format docbook -o $TMP/own 2>/dev/null && grep -qF '<title>Rekapitulasi evaluasi SAKIP kabupaten/kota — Pemerintah Provinsi Jawa Tengah Tahun 2025</title>' $TMP/own/rekap-evaluasi.xml && xsltproc --nonet tests/data/lke/rows.xsl $TMP/own/rekap-evaluasi.xml | grep -c '| pemda |' | grep -qx 3
# A pemda that names no provinsi: the title says "Seluruh pemda", not the
# first pemda's name.
%check build/check/lkjip evaluasi samples/lke/kab-sukamaju.lke.xml $DATA/lke/provinsi/kota-sukamulya.lke.xml --format docbook -o $TMP/none 2>/dev/null && grep -qF '<title>Rekapitulasi evaluasi SAKIP kabupaten/kota — Seluruh pemda Tahun 2025</title>' $TMP/none/rekap-evaluasi.xml && ! grep -q '<title>[^<]*Kabupaten Sukamaju' $TMP/none/rekap-evaluasi.xml
# A pemda with its OPD: the pemda's own title, as before.
%check build/check/lkjip evaluasi samples/lke/dinkes.lke.xml $DATA/lke/provinsi/kab-sukamaju.lke.xml --format docbook -o $TMP/pemda 2>/dev/null && grep -qF '<title>Rekapitulasi evaluasi SAKIP — Pemerintah Kabupaten Sukamaju Tahun 2025</title>' $TMP/pemda/rekap-evaluasi.xml
# In English.
%check build/check/lkjip evaluasi $DATA/lke/provinsi/kab-sukamaju.lke.xml $DATA/lke/provinsi/kota-sukamulya.lke.xml --format docbook --lang en -o $TMP/en 2>/dev/null && grep -qF '<title>SAKIP evaluation summary of the kabupaten/kota — Pemerintah Provinsi Jawa Tengah Year 2025</title>' $TMP/en/rekap-evaluasi.xml
# The answer sheet keeps <induk> (lkjip!A9): read back, the same title.
%check build/check/lkjip evaluasi $DATA/lke/provinsi/kab-sukamaju.lke.xml --format xlsx -o $TMP/sheet --quiet && build/check/lkjip evaluasi $TMP/sheet/kab-sukamaju/evaluasi.xlsx $DATA/lke/provinsi/kota-sukamulya.lke.xml --format docbook -o $TMP/back 2>/dev/null && grep -qF '<title>Rekapitulasi evaluasi SAKIP kabupaten/kota — Pemerintah Provinsi Jawa Tengah Tahun 2025</title>' $TMP/back/rekap-evaluasi.xml
# The text's table of all units names the provinsi too.
%check build/check/lkjip evaluasi $DATA/lke/provinsi/kab-sukamaju.lke.xml $DATA/lke/provinsi/kota-sukamulya.lke.xml 2>/dev/null | grep -qx 'Nilai seluruh unit — Pemerintah Provinsi Jawa Tengah'
