# --format present writes the presented documents themselves
# (NAME-present.xml, as build --format present writes present.xml): each
# valid against schemas/present.xsd, the unit's and the rekap with the
# klaster condition and the rapor (from a build's IR).
%timeout 120
%args build samples/ -o $TMP/b --format ir
%check $LKJIP evaluasi samples/lke/kab-sukamaju.lke.xml $DATA/lke/klaster/utama-1.lke.xml $DATA/lke/klaster/pendukung-1.lke.xml --format present --ir $TMP/b -o $TMP/o 2>$TMP/e
%check test "$(cd $TMP/o && find . -type f | LC_ALL=C sort | tr '\n' ' ')" = "./bkpsdm/evaluasi-present.xml ./dinkes/evaluasi-present.xml ./kab-sukamaju/evaluasi-present.xml ./rekap-evaluasi-present.xml "
%check for f in $(find $TMP/o -name '*-present.xml'); do xmllint --noout --nonet --schema schemas/present.xsd "$f" || exit 1; done
%check grep -q 'jenis="evaluasi"' $TMP/o/rekap-evaluasi-present.xml && grep -q 'id="syarat-predikat-a"' $TMP/o/rekap-evaluasi-present.xml && grep -q 'id="rapor"' $TMP/o/rekap-evaluasi-present.xml
