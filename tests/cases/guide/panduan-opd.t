# docs/panduan-opd.md, the OPD operators' guide (issue 14 item 5), run as
# written: each block of commands in a folder holding the samples, its
# output compared line by line with the guide's (tests/readme-block.sh;
# "lkjip" is $LKJIP). Between the blocks the operator types into the
# workbook what the guide says (isi-buku-kerja.py, openpyxl), and the
# letter the guide quotes is compared with the one lkjip wrote
# (tests/letter-text.py).
%timeout 180
%args --version
%check tests/readme-block.sh 'lkjip template samples/ -o buku-kerja --quiet' $TMP/g docs/panduan-opd.md
%check /usr/bin/python3 tests/cases/guide/workbook-claims.py $TMP/g/buku-kerja/dinkes.xlsx
# 6.1: three mistakes; the import names the cells and writes nothing.
%check /usr/bin/python3 tests/cases/guide/isi-buku-kerja.py salah $TMP/g/buku-kerja/dinkes.xlsx $TMP/g/opd-dinkes.xlsx
%check tests/readme-block.sh 'lkjip import opd-dinkes.xlsx -o opd-dinkes.xml' $TMP/g docs/panduan-opd.md
%check [ ! -e $TMP/g/opd-dinkes.xml ]
%check tests/readme-block.sh 'lkjip explain LKJ0711' $TMP/g docs/panduan-opd.md
# F14 corrected: the import writes the submission, the warning stays.
%check /usr/bin/python3 tests/cases/guide/isi-buku-kerja.py perbaiki $TMP/g/opd-dinkes.xlsx $TMP/g/opd-dinkes.xlsx
%check BLOCK=2 tests/readme-block.sh 'lkjip import opd-dinkes.xlsx -o opd-dinkes.xml' $TMP/g docs/panduan-opd.md
%check grep -q '<bulan ke="2" nilai="1505"/><bulan ke="3" nilai="1226"/>' $TMP/g/opd-dinkes.xml
# 6.2: the letter, of the workbook itself: the findings name its cells.
%check tests/readme-block.sh 'lkjip check --no-link --letters surat opd-dinkes.xlsx' $TMP/g docs/panduan-opd.md
%check tests/letter-text.py $TMP/g/surat/dinkes.html docs/panduan-opd.md 'Hasil Pemeriksaan Kiriman'
# The FAQ: a renamed sheet.
%check /usr/bin/python3 tests/cases/guide/isi-buku-kerja.py ganti-nama $TMP/g/buku-kerja/dinkes.xlsx $TMP/g/opd-dinkes-lembar.xlsx
%check tests/readme-block.sh 'lkjip import opd-dinkes-lembar.xlsx -o opd-dinkes.xml' $TMP/g docs/panduan-opd.md
# Every code the guide names is in the catalogue.
%check build/check/lkjip explain $(grep -o 'LKJ[0-9]\{4\}' docs/panduan-opd.md | sort -u) >/dev/null
