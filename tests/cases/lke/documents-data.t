# evaluasi --data with --format html,docbook (docs/lke.md §6): the worksheet
# shows, for each dari-data criterion, lkjip's suggestion in the column
# Saran lkjip beside the self-assessment and the evaluator's answer, "≠"
# when either answer differs (the row's peran "berbeda"), and under it the
# basis and every item short (ten at most, as the text) at file:line; here
# the failing workspace tests/data/lke/data/gagal.xml, the same figures as
# the text's table (docs/lke.md §5). A suggestion changes no score.
%timeout 90
%args evaluasi samples/lke/dinkes.lke.xml --data tests/data/lke/data/gagal.xml --format html,docbook,present -o $TMP/o
%check xsltproc --nonet tests/data/lke/rows.xsl $TMP/o/dinkes/evaluasi.xml >$TMP/rows
%check grep -qxF 'No | Kriteria | Mandiri | Nilai | Evaluator | Nilai | Saran lkjip | Catatan dan bukti' $TMP/rows
%check grep -qxF '1.b.7 | Setiap indikator kinerja telah memiliki target akhir periode perencanaan. | A | 1 | B | 0,75 | B ≠ | ' $TMP/rows
%check grep -A3 '^1\.b\.6 ' $TMP/rows | tail -3 | tr '\n' '|' | grep -qxF ' | Dasar saran lkjip: 9 dari 11 indikator Renstra (target-setiap-tahun)| | tests/data/lke/data/gagal.xml:44: DINKES-AKI: tanpa target 2023, 2024| | tests/data/lke/data/gagal.xml:77: DINKES-AKB: tanpa target 2024|'
%check grep -q '^1\.b\.6 | .* | B | 0,75 | B | 0,75 | B | Seluruh indikator' $TMP/rows
# A criterion lkjip cannot judge here (iku-tetap without --data-tahun): "–",
# and the reason, as the text gives it.
%check why=$(build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data tests/data/lke/data/gagal.xml 2>/dev/null | sed -n 's/^  1\.b\.8  .*   tidak dapat dinilai: //p'); test -n "$why" && grep -A1 '^1\.b\.8 ' $TMP/rows | tail -1 | grep -qxF " | Dasar saran lkjip: tidak dapat dinilai: $why"
%check grep -q '^1\.b\.8 | .* | B | 0,75 | B | 0,75 | – | $' $TMP/rows
# A criterion only people judge: the column is empty, no basis under it.
%check grep -A1 '^1\.a\.1 ' $TMP/rows | tail -1 | grep -q '^1\.a\.2 '
%check grep -q '^1\.a\.1 | .* | Y | 1 | Y | 1 |  | Belum ada' $TMP/rows
# The introduction counts the differences; the criteria only people judge are named.
%check n=$(build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data tests/data/lke/data/gagal.xml 2>/dev/null | grep -c " ≠ "); test "$n" -gt 5 && grep -q "^p Kolom Saran lkjip: .* untuk 21 kriteria .* ($n kriteria)" $TMP/rows && grep -q '^p Hanya dapat dinilai orang: 1\.a\.1 1\.a\.3 ' $TMP/rows
%check [ "$(grep -c ' ≠ | ' $TMP/rows)" = "$(build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data tests/data/lke/data/gagal.xml 2>/dev/null | grep -c ' ≠ ')" ]
# The same numbers as the text output, and the same scores as without --data.
%check build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data tests/data/lke/data/gagal.xml 2>/dev/null | grep -q '^  1\.b\.7         B          B        A ≠ 9 dari 11 indikator Renstra (target-akhir-periode)$'
%check grep -qxF 'Nilai | 100 | 69,71 | 82,79' $TMP/rows
%check grep -q '<tr class="berbeda"><td class="kode">1.b.7</td>' $TMP/o/dinkes/evaluasi.html
%check tests/parity.sh $TMP/o/dinkes/evaluasi.html $TMP/o/dinkes/evaluasi.xml
%check jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng $TMP/o/dinkes/evaluasi.xml
%check xmllint --noout --schema schemas/present.xsd $TMP/o/dinkes/evaluasi-present.xml
# Without --data the worksheet has no such column (tests/cases/lke/documents.t).
%check build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --format docbook -o $TMP/plain 2>/dev/null && ! grep -q 'Saran lkjip' $TMP/plain/dinkes/evaluasi.xml
# In English.
%check build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data tests/data/lke/data/gagal.xml --format docbook --lang en -o $TMP/en 2>/dev/null && xsltproc --nonet tests/data/lke/rows.xsl $TMP/en/dinkes/evaluasi.xml | grep -qxF " | Basis of lkjip's suggestion: 9 of 11 Renstra indicators (target-setiap-tahun)"
# A unit not in the workspace: said so, and no column.
%check build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data samples/provinsi --format docbook -o $TMP/none 2>/dev/null; xsltproc --nonet tests/data/lke/rows.xsl $TMP/none/dinkes/evaluasi.xml >$TMP/none.rows && grep -qxF 'p Saran dari data: unit dinkes tidak ada di ruang kerja (--data); tidak ada saran.' $TMP/none.rows && ! grep -q 'Saran lkjip |' $TMP/none.rows
# A submission imported from a workbook: its items at the workbook's cell
# (an OPD workbook of lkjip template holds the plan in lkjip!A6).
%check build/check/lkjip template samples/kab-sukamaju -o $TMP/wb --quiet && mkdir -p $TMP/ws && cp samples/kab-sukamaju/lkjip.xml samples/kab-sukamaju/kab-sukamaju.xml $TMP/wb/dinkes.xlsx $TMP/ws/ && build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data $TMP/ws --format docbook -o $TMP/wbo 2>/dev/null; xsltproc --nonet tests/data/lke/rows.xsl $TMP/wbo/dinkes/evaluasi.xml | grep -qxF " | $TMP/ws/dinkes.xlsx:lkjip!A6: DINKES-SBS: tanpa standar nasional"
%check build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data $TMP/ws 2>/dev/null | grep -qxF "      $TMP/ws/dinkes.xlsx:lkjip!A6: DINKES-SBS: tanpa standar nasional"
# --help says so, in both languages.
%check $LKJIP --help | grep -qxF '                      per unit ringkasan hasil (LHE) dan kertas kerja (dengan --data, saran'
%check $LKJIP --help --lang en | grep -qxF "                      per unit the summary (LHE) and the worksheet (with --data, the data's"
# The result document gives the cell too (butir/@sel), valid against lke.xsd.
%check build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data $TMP/ws --format xml -o $TMP/ws.xml 2>/dev/null && xmllint --noout --schema schemas/lke.xsd $TMP/ws.xml && [ "$(xmllint --xpath 'string(//*[local-name()="butir"][@id="DINKES-SBS"][1]/@sel)' $TMP/ws.xml)" = 'lkjip!A6' ]
%check build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --data tests/data/lke/data/gagal.xml --format xml 2>/dev/null | grep -c ' sel="' | grep -qx 0
