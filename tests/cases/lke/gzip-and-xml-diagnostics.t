# Answers may be gzip-compressed like submissions; --diagnostics xml gives
# the diagnostics (on standard error) as schemas/diagnostics.xsd has them.
%setup gzip -c tests/data/lke/bad/unanswered.lke.xml > $TMP/unanswered.lke.xml.gz
%args evaluasi --diagnostics xml --lke $DATA/lke/mini.lke.xml $TMP/unanswered.lke.xml.gz
%grep ^  Nilai +100      62,50    70,00$
%check xmllint --noout --schema schemas/diagnostics.xsd "$ERR"
%check grep -q 'kode="LKJ0815"' "$ERR"
