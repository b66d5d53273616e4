# The condition fails when one klaster pendukung OPD is at B (70,00): two
# of three at BB or above. The OPDs that count are still listed.
%timeout 60
%args evaluasi $DATA/lke/klaster/utama-1.lke.xml $DATA/lke/klaster/utama-2.lke.xml $DATA/lke/klaster/utama-3.lke.xml $DATA/lke/klaster/pendukung-1.lke.xml $DATA/lke/klaster/pendukung-2.lke.xml $DATA/lke/klaster/pendukung-3-b.lke.xml --format docbook -o $TMP/o
%check xsltproc --nonet tests/data/lke/rows.xsl $TMP/o/rekap-evaluasi.xml | diff -u tests/data/lke/expect/klaster-fails.txt -
