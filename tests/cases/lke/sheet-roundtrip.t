# The LKE answer sheet (docs/lke.md section 7): the answers of
# samples/lke/dinkes.lke.xml written as a workbook, opened and saved anew
# by openpyxl with a few cells typed again as they were, and read back:
# the same scores as the XML, to the full precision of --format xml. The
# book's structure (sheets, very hidden lkjip, locked and editable cells,
# each scale's dropdown) and its cells, criterion by criterion.
%setup build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --format xlsx -o $TMP/wb --quiet
%setup /usr/bin/python3 tests/data/lke/sheet/sheet.py fill $TMP/wb/dinkes/evaluasi.xlsx $TMP/filled.xlsx '1.a.1|Evaluator=Y' '1.b.6|Mandiri= B ' '1.a.6|Mandiri=Y'
%setup build/check/lkjip evaluasi samples/lke/dinkes.lke.xml --format xml -o $TMP/xml.xml --quiet
%args evaluasi $TMP/filled.xlsx --format xml
%check /usr/bin/python3 tests/data/lke/sheet/sheet.py check $TMP/wb/dinkes/evaluasi.xlsx
%check sed 's/ berkas="[^"]*"//' $OUT > $TMP/a && sed 's/ berkas="[^"]*"//' $TMP/xml.xml > $TMP/b && cmp $TMP/a $TMP/b
%check grep -q 'tampil="69.71" predikat="B"' $OUT
%check grep -q 'tampil="82.79" predikat="A"' $OUT
%check [ "$(/usr/bin/python3 tests/data/lke/sheet/sheet.py get $TMP/wb/dinkes/evaluasi.xlsx '1.a.1|Mandiri' '1.a.1|Evaluator' '1.a.6|Evaluator' '1.b.6|Mandiri' '1.b.6|Evaluator' '1.b.6|Catatan' '1.b.6|Bukti' '1.b.6|Skala' '1.a.2|Bukti' '4.a|Skala' '4.a|Evaluator' '1.a.2|Saran lkjip' | tr '\n' '|')" = 'Y|Y|T|B|B|Seluruh indikator Renstra memiliki target 2021-2026.|opd-dinkes.xml|A-E|Peraturan Bupati Sukamaju Nomor 45 Tahun 2021 tentang Renstra Perangkat Daerah 2021-2026|AA-E|||' ]
%check /usr/bin/python3 -c "import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])['Rekomendasi']; sys.exit(not (ws['B2'].value.startswith('Menyusun pedoman teknis') and ws['B4'].value.startswith('Menindaklanjuti') and ws['B5'].value is None and ws.max_row == 24))" $TMP/wb/dinkes/evaluasi.xlsx
%check /usr/bin/python3 -c "import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])['lkjip']; sys.exit(not ([ws.cell(r,1).value for r in range(1,9)] == ['lkjip-lke 1','dinkes','lke-88-2021','PermenPANRB 88/2021','2025','opd','utama','Dinas Kesehatan Kabupaten Sukamaju']))" $TMP/wb/dinkes/evaluasi.xlsx
# --help, the man page and docs/lke.md name the answer sheet.
%check $LKJIP --help | grep -q '^  evaluasi JAWABAN.xml... \[--data RUANG\] --format xlsx -o FOLDER$'
%check $LKJIP --help --lang en | grep -q '^  evaluasi ANSWERS.xml... \[--data WS\] --format xlsx -o DIR$'
%check grep -q 'UNIT/evaluasi.xlsx' docs/lkjip.1 && grep -q '^## 7. The answer sheet' docs/lke.md
# The same bytes every run.
%check $LKJIP evaluasi samples/lke/dinkes.lke.xml --format xlsx -o $TMP/again --quiet && cmp $TMP/wb/dinkes/evaluasi.xlsx $TMP/again/dinkes/evaluasi.xlsx
