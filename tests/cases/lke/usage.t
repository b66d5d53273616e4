# evaluasi needs answer files; --format is text or xml; -o only with xml.
%args evaluasi
%exit 2
%check grep -q 'evaluasi memerlukan setidaknya satu berkas JAWABAN.xml' "$ERR"
%check $LKJIP evaluasi --format html samples/lke/dinkes.lke.xml 2>$TMP/e1; [ $? = 2 ] && grep -q 'bentuk hasil evaluasi tidak dikenal (text atau xml): html' $TMP/e1
%check $LKJIP evaluasi -o $TMP/x.xml samples/lke/dinkes.lke.xml 2>$TMP/e2; [ $? = 2 ] && grep -q -- '-o BERKAS hanya dengan --format xml' $TMP/e2 && ! test -e $TMP/x.xml
%check $LKJIP evaluasi --data '' samples/lke/dinkes.lke.xml 2>$TMP/e3; [ $? = 2 ] && grep -q -- '--data memerlukan RUANG' $TMP/e3
