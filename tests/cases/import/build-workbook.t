# build takes a workbook in place of the XML it was made from: every
# unit's report IR equals the one built from the samples (source positions
# aside, and indentation: the workbook unit's say sel="lkjip!A6", the plan
# embedded in it, instead of baris and kolom). A second build imports nothing: the
# workbook, keyed by its bytes like an XML file, comes from the cache.
%timeout 120
%setup build/check/lkjip template samples -o $TMP/wb --quiet && cp -r samples $TMP/ws && rm $TMP/ws/kab-sukamaju/opd-dinkes.xml && cp $TMP/wb/dinkes.xlsx $TMP/ws/kab-sukamaju/opd-dinkes.xlsx
%setup build/check/lkjip build samples -o $TMP/xml --format ir --quiet --no-cache --state $TMP/s0
%setup build/check/lkjip build $TMP/ws -o $TMP/out --format ir > $TMP/cold.txt
%args build $TMP/ws -o $TMP/out --format ir
%check grep -qx 'lkjip: 9 berkas dibaca (0 dari cache), 8 unit, 8 laporan ditulis ke '$TMP'/out (0 tidak berubah), 0 kesalahan, 0 peringatan' $TMP/cold.txt
%check norm() { sed -E 's/ (berkas|baris|kolom|sel)="[^"]*"//g; s/^ *//' "$1"; }; n=0; for f in $(cd $TMP/xml && find . -name ir.xml); do diff <(norm $TMP/xml/$f) <(norm $TMP/out/$f) || exit 1; n=$((n+1)); done; [ $n = 8 ]
%check grep -q 'berkas="'$TMP'/ws/kab-sukamaju/opd-dinkes.xlsx" sel="lkjip!A6"' $TMP/out/kab-sukamaju/dinkes/ir.xml && ! grep -q 'baris=' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check xmllint --noout --schema schemas/report.xsd $TMP/out/kab-sukamaju/dinkes/ir.xml
%stdout
lkjip: 9 berkas dibaca (9 dari cache), 8 unit, 8 laporan ditulis ke $TMP/out (8 tidak berubah), 0 kesalahan, 0 peringatan
