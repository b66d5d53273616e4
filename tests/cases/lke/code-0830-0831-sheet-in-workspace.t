# An LKE answer sheet (lkjip evaluasi --format xlsx) kept in the workspace
# beside the submissions, as *.lke.xml files may be (docs/lke.md §7): the
# folder walk of check and build recognises it by its content (lkjip!A1
# "lkjip-lke 1", whatever its name) and skips it with note LKJ0831, not as
# an OPD workbook that fails to import; the workspace checks clean.
%setup build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --format xlsx -o $TMP/sh --quiet && mkdir -p $TMP/ws && cp samples/kab-sukamaju/*.xml samples/provinsi/*.xml $TMP/ws/ && cp $TMP/sh/dinkes/evaluasi.xlsx $TMP/ws/evaluasi-dinkes.xlsx
%args check $TMP/ws
%check grep -qxF "$TMP/ws/evaluasi-dinkes.xlsx: catatan LKJ0831: lembar jawaban LKE dari lkjip evaluasi (unit 'dinkes') dilewati: bukan pengajuan" $OUT
%check grep -qxF 'lkjip: 8 berkas diperiksa, 0 kesalahan, 0 peringatan' $OUT
%check ! grep -q 'LKJ07\|LKJ0417' $OUT $ERR
# build over the same folder: the reports are written, the sheet skipped.
%check build/check/lkjip build $TMP/ws -o $TMP/out --format ir --state $TMP/state --no-cache >$TMP/build.err 2>&1 && grep -q 'LKJ0831' $TMP/build.err && grep -q ', 0 kesalahan, 0 peringatan$' $TMP/build.err && test -n "$(find $TMP/out -path '*/dinkes/ir.xml')"
# Named directly (to check, build or import): an error that says what the
# book is, at lkjip!A1, instead of "the embedded plan cannot be used" (LKJ0727).
%check build/check/lkjip check $TMP/ws/evaluasi-dinkes.xlsx >$TMP/named.err 2>&1; test $? = 1 && grep -qxF "$TMP/ws/evaluasi-dinkes.xlsx:lkjip!A1: kesalahan LKJ0830: buku kerja ini adalah lembar jawaban LKE dari lkjip evaluasi (unit 'dinkes'), bukan buku kerja pengajuan OPD" $TMP/named.err && ! grep -q LKJ0727 $TMP/named.err
%check build/check/lkjip import $TMP/ws/evaluasi-dinkes.xlsx -o $TMP/x.xml >$TMP/import.err 2>&1; test $? = 1 && grep -q 'evaluasi-dinkes.xlsx:lkjip!A1: kesalahan LKJ0830' $TMP/import.err && test ! -e $TMP/x.xml
%check build/check/lkjip check --lang en $TMP/ws 2>&1 | grep -qF "evaluasi-dinkes.xlsx: note LKJ0831: LKE answer sheet of lkjip evaluasi (unit 'dinkes') skipped: not a submission"
# An OPD workbook of lkjip template in the same folder is still a submission.
%check build/check/lkjip template samples/kab-sukamaju -o $TMP/wb --quiet && mkdir -p $TMP/ws2 && cp samples/kab-sukamaju/lkjip.xml samples/kab-sukamaju/kab-sukamaju.xml samples/provinsi/*.xml $TMP/wb/dinkes.xlsx $TMP/ws/evaluasi-dinkes.xlsx $TMP/ws2/ && build/check/lkjip check $TMP/ws2 >$TMP/ws2.err 2>&1; grep -q '^lkjip: 4 berkas diperiksa, 0 kesalahan' $TMP/ws2.err && grep -c LKJ0831 $TMP/ws2.err | grep -qx 1
# The sheet itself still scores (lkjip evaluasi reads it).
%check build/check/lkjip evaluasi $TMP/ws/evaluasi-dinkes.xlsx 2>/dev/null | grep -q '^  Nilai evaluator: 69,71, predikat B (Baik)$'
