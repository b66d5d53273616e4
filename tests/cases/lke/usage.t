# evaluasi needs answer files; --format is text, xml, or a list of html and
# docbook; -o is the result file with xml and the folder with html,docbook
# (which need one); --ir only with the documents.
%args evaluasi
%exit 2
%check grep -q 'evaluasi memerlukan setidaknya satu berkas JAWABAN.xml' "$ERR"
%check $LKJIP evaluasi --format pdf samples/lke/dinkes.lke.xml 2>$TMP/e1; [ $? = 2 ] && grep -q 'bentuk hasil evaluasi tidak dikenal (text, xml, atau html,docbook): pdf' $TMP/e1
%check $LKJIP evaluasi --format html,xml samples/lke/dinkes.lke.xml 2>$TMP/e1b; [ $? = 2 ] && grep -q 'tidak dikenal' $TMP/e1b
%check $LKJIP evaluasi -o $TMP/x.xml samples/lke/dinkes.lke.xml 2>$TMP/e2; [ $? = 2 ] && grep -q -- '-o hanya dengan --format xml (BERKAS) atau html,docbook (FOLDER)' $TMP/e2 && ! test -e $TMP/x.xml
%check $LKJIP evaluasi --format html samples/lke/dinkes.lke.xml 2>$TMP/e3; [ $? = 2 ] && grep -q -- '--format html,docbook memerlukan folder keluaran: -o FOLDER' $TMP/e3
%check $LKJIP evaluasi --ir $TMP samples/lke/dinkes.lke.xml 2>$TMP/e4; [ $? = 2 ] && grep -q -- '--ir FOLDER hanya dengan --format html,docbook' $TMP/e4
%check $LKJIP evaluasi --data '' samples/lke/dinkes.lke.xml 2>$TMP/e3; [ $? = 2 ] && grep -q -- '--data memerlukan RUANG' $TMP/e3
