# A pemda's OPDs tagged with a klaster: the table of all units (the OPDs in
# the order given, the pemda's own line last) and the minimum condition for
# a pemda A: three klaster utama at A or above (90,00 is A, 100,00 AA) and
# three klaster pendukung at BB or above (80,00 is BB): met, and the OPDs
# that count listed. Written as DIR/rekap-evaluasi.{html,xml} beside each
# unit's folder; the two read the same.
%timeout 60
%args evaluasi $DATA/lke/klaster/utama-1.lke.xml $DATA/lke/klaster/utama-2.lke.xml $DATA/lke/klaster/utama-3.lke.xml $DATA/lke/klaster/pendukung-1.lke.xml $DATA/lke/klaster/pendukung-2.lke.xml $DATA/lke/klaster/pendukung-3.lke.xml samples/lke/kab-sukamaju.lke.xml --format html,docbook -o $TMP/o
%check test "$(find $TMP/o -name evaluasi.html | wc -l)" = 7 && test -f $TMP/o/kab-sukamaju/evaluasi.xml
%check xsltproc --nonet tests/data/lke/rows.xsl $TMP/o/rekap-evaluasi.xml | diff -u tests/data/lke/expect/klaster-holds.txt -
%check tests/parity.sh $TMP/o/rekap-evaluasi.html $TMP/o/rekap-evaluasi.xml
%check jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng $TMP/o/rekap-evaluasi.xml
%check grep -q 'Terpenuhi: 3 dari 3 klaster utama' $TMP/o/rekap-evaluasi.html
