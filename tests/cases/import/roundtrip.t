# A workbook filled by another writer (openpyxl, tests/data/workbook/make.py)
# imports into a submission that lkjip check accepts, with the realisasi,
# anggaran, identitas and narasi of the workbook's cells (here: the plan's own).
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx && /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/teks.xlsx --text
%args import $TMP/opd-dinkes.xlsx -o $TMP/opd-dinkes.xml
%check $LKJIP check --no-link $TMP/opd-dinkes.xml | grep -q '0 kesalahan, 0 peringatan'
%check /usr/bin/python3 tests/data/workbook/same.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xml
%check $LKJIP import $TMP/teks.xlsx > $TMP/teks.xml && /usr/bin/python3 tests/data/workbook/same.py samples/kab-sukamaju/opd-dinkes.xml $TMP/teks.xml
%check grep -q 'bulan ke="3" pembilang="2" penyebut="987" pengali="100000"' $TMP/opd-dinkes.xml
