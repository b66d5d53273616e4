# --lang en: the documents' words in English, numbers still Indonesian.
%timeout 60
%args evaluasi --lang en samples/lke/dinkes.lke.xml --format docbook -o $TMP/o
%check test -f $TMP/o/dinkes/evaluasi.xml && ! test -e $TMP/o/dinkes/evaluasi.html
%check xsltproc --nonet tests/data/lke/rows.xsl $TMP/o/dinkes/evaluasi.xml >$TMP/rows && grep -qx '# Evaluation worksheet' $TMP/rows && grep -qx "p Evaluator's score: 69,71, predikat B (Fairly good)." $TMP/rows && grep -qx '2.c | Performance measurement — Use | 15 | 8,75 | 6,25' $TMP/rows
