# A workbook is cached by the SHA-256 of its bytes like an XML file: a
# second check --cache imports nothing (the summary counts it from the
# cache) and prints exactly the same findings, their cells included (the
# cache keeps a finding's cell).
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx --bad negative && /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/teks.xlsx --text
%setup build/check/lkjip check --no-link --cache $TMP/c $TMP/opd-dinkes.xlsx $TMP/teks.xlsx > $TMP/cold.txt; [ $? = 1 ]
%args check --no-link --cache $TMP/c $TMP/opd-dinkes.xlsx $TMP/teks.xlsx
%exit 1
%check grep -qx 'lkjip: 2 berkas diperiksa (0 dari cache), 1 kesalahan, 48 peringatan' $TMP/cold.txt
%check diff <(grep -v '^lkjip: ' $TMP/cold.txt) <(grep -v '^lkjip: ' $OUT)
%grep ^.*/opd-dinkes\.xlsx:Anggaran!E2: kesalahan LKJ0211: 
%grep ^.*/teks\.xlsx:Realisasi!E4: peringatan LKJ0712: 
%grep ^lkjip: 2 berkas diperiksa \(2 dari cache\), 1 kesalahan, 48 peringatan$
