# The answer sheet opened and saved again by LibreOffice Calc (headless, a
# private profile): LibreOffice rewrites the whole package (the very hidden
# sheet merely hidden, strings renumbered, protection and validations
# rewritten), and the book still reads back to the scores of the XML.
%timeout 120
%setup build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --format xlsx -o $TMP/wb --quiet
%setup HOME=$TMP timeout -k 5 90 soffice -env:UserInstallation="file://$TMP/profile" --headless --norestore --nolockcheck --convert-to xlsx --outdir $TMP/lo $TMP/wb/dinkes/evaluasi.xlsx > $TMP/soffice.log 2>&1
%setup build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --format xml -o $TMP/xml.xml --quiet
%args evaluasi $TMP/lo/evaluasi.xlsx --format xml
%check sed 's/ berkas="[^"]*"//' $OUT > $TMP/a && sed 's/ berkas="[^"]*"//' $TMP/xml.xml > $TMP/b && cmp $TMP/a $TMP/b
