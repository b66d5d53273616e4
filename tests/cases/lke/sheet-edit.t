# An answer sheet filled in (docs/lke.md section 7): answers changed, a
# direct grade on a sub-component, a note, two evidence lines and a
# recommendation typed by openpyxl score as the same edits made to the XML.
%setup build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --format xlsx -o $TMP/wb --quiet
%setup /usr/bin/python3 tests/data/lke/sheet/sheet.py fill $TMP/wb/dinkes/evaluasi.xlsx $TMP/filled.xlsx '1.a.6|Evaluator=Y' '4.a|Evaluator=BB' '2.a.2|Catatan=Kamus indikator & sumber <data> ada' '2.a.2|Bukti=Kamus IKU 2025\nPerbup 12/2024'
%setup /usr/bin/python3 -c "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); wb['Rekomendasi']['B6']='Menetapkan kamus indikator.'; wb.save(sys.argv[1])" $TMP/filled.xlsx
%setup sed -e 's|<jawaban ref="1.a.6" mandiri="Y" evaluator="T"/>|<jawaban ref="1.a.6" mandiri="Y" evaluator="Y"/><jawaban ref="4.a" evaluator="BB"/>|' -e 's|\(<rekomendasi>Menindaklanjuti.*</rekomendasi>\)|\1<rekomendasi>Menetapkan kamus indikator.</rekomendasi>|' samples/lke/dinkes.lke.xml > $TMP/edited.lke.xml
%setup build/check/lkjip evaluasi $TMP/edited.lke.xml --format xml -o $TMP/xml.xml --quiet
%args evaluasi $TMP/filled.xlsx --format xml
%check sed 's/ berkas="[^"]*"//' $OUT > $TMP/a && sed 's/ berkas="[^"]*"//' $TMP/xml.xml > $TMP/b && cmp $TMP/a $TMP/b
%check grep -q 'nilai-langsung="BB"' $OUT
%check ! grep -q 'tampil="69.71"' $OUT
%check build/check/lkjip evaluasi $TMP/filled.xlsx --format html -o $TMP/html --quiet && grep -q 'Kamus indikator &amp; sumber &lt;data&gt; ada' $TMP/html/dinkes/evaluasi.html && grep -q 'Perbup 12/2024' $TMP/html/dinkes/evaluasi.html && grep -q 'Menetapkan kamus indikator.' $TMP/html/dinkes/evaluasi.html
