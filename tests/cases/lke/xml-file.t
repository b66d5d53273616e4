# -o FILE writes the result through a temporary file and a rename; two runs
# give the same bytes (nothing reads the clock).
%setup mkdir -p $TMP/a $TMP/b
%args evaluasi --format xml -o $TMP/a/hasil.xml samples/lke/dinkes.lke.xml samples/lke/kab-sukamaju.lke.xml
%check test ! -s "$OUT"
%check xmllint --noout --schema schemas/lke.xsd $TMP/a/hasil.xml
%check SOURCE_DATE_EPOCH=1 $LKJIP evaluasi --format xml -o $TMP/b/hasil.xml samples/lke/dinkes.lke.xml samples/lke/kab-sukamaju.lke.xml && cmp $TMP/a/hasil.xml $TMP/b/hasil.xml
%check ! ls $TMP/a | grep -v '^hasil.xml$'
%check grep -q '<unit id="dinkes" nama="Dinas Kesehatan Kabupaten Sukamaju" jenis="opd" klaster="utama" tahun="2025" berkas="samples/lke/dinkes.lke.xml">' $TMP/a/hasil.xml
%check grep -q '<unit id="kab-sukamaju" nama="Pemerintah Kabupaten Sukamaju" jenis="pemda" tahun="2025"' $TMP/a/hasil.xml
