# An answer sheet with answers off the scale (docs/lke.md section 7): each
# finding names the workbook's cell, LKJ0811 as for an XML file; no result
# is written; in English too.
%setup build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --format xlsx -o $TMP/wb --quiet
%setup /usr/bin/python3 tests/data/lke/sheet/sheet.py fill $TMP/wb/dinkes/evaluasi.xlsx $TMP/bad.xlsx '1.a.1|Evaluator=X' '1.b.6|Mandiri=b'
%args evaluasi $TMP/bad.xlsx --format xml -o $TMP/out.xml
%exit 1
%check [ ! -e $TMP/out.xml ]
%check grep -q "bad.xlsx:LKE!G4: kesalahan LKJ0811: jawaban evaluator 'X' untuk '1.a.1' tidak ada pada skala Y-T" $ERR
%check grep -q "bad.xlsx:LKE!F16: kesalahan LKJ0811: jawaban mandiri 'b' untuk '1.b.6' tidak ada pada skala A-E" $ERR
%check build/check/lkjip evaluasi --lang en $TMP/bad.xlsx 2>&1 >/dev/null | grep -q "bad.xlsx:LKE!G4: error LKJ0811: the evaluator's answer 'X' for '1.a.1' is not on the scale Y-T"
