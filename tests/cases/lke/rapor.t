# The rapor (--ir DIR): each unit's capaian kinerja and serapan from the
# ir.xml files of a build of any period (here Triwulan III 2025), beside its
# SAKIP score, in rekap-evaluasi. The figures are the report's own: the
# IR's capaian/@tampil and anggaran/@serapan-tampil, written the Indonesian
# way; the pemda's capaian for the quarter is not computed in its report,
# so the rapor shows –.
%timeout 120
%args build samples/ -o $TMP/b --format ir --period 2025-Q3
%check $LKJIP evaluasi samples/lke/dinkes.lke.xml samples/lke/kab-sukamaju.lke.xml --format html,docbook --ir $TMP/b -o $TMP/o 2>$TMP/e && xsltproc --nonet tests/data/lke/rows.xsl $TMP/o/rekap-evaluasi.xml >$TMP/rows
%check grep -qx '# Rapor kinerja — Triwulan III Tahun 2025' $TMP/rows
%check c=$(xmllint --xpath 'string(/*/*[local-name()="capaian"]/@tampil)' $TMP/b/kab-sukamaju/dinkes/ir.xml | tr . ,); s=$(xmllint --xpath 'string(/*/*[local-name()="anggaran"]/@serapan-tampil)' $TMP/b/kab-sukamaju/dinkes/ir.xml | tr . ,); test -n "$c" && grep -qx "1 | Dinas Kesehatan Kabupaten Sukamaju | utama | $c% | $s% | 69,71 | B" $TMP/rows
%check s=$(xmllint --xpath 'string(/*/*[local-name()="anggaran"]/@serapan-tampil)' $TMP/b/kab-sukamaju/ir.xml | tr . ,); grep -qx "2 | Pemerintah Kabupaten Sukamaju | pemda | – | $s% | 67,06 | B" $TMP/rows
%check grep -qx '1 | Dinas Kesehatan Kabupaten Sukamaju | utama | 100,53% | 56,10% | 69,71 | B' $TMP/rows
%check tests/parity.sh $TMP/o/rekap-evaluasi.html $TMP/o/rekap-evaluasi.xml
# A unit without a report under the folder shows – for both figures.
%check $LKJIP evaluasi samples/lke/dinkes.lke.xml $DATA/lke/klaster/utama-2.lke.xml --format docbook --ir $TMP/b -o $TMP/o2 2>/dev/null && xsltproc --nonet tests/data/lke/rows.xsl $TMP/o2/rekap-evaluasi.xml | grep -qx '2 | Dinas Pendidikan | utama | – | – | 100,00 | AA'
