# A value the import takes but the schema refuses (-5 typed in the
# Anggaran sheet's Feb cell, tests/data/workbook/make.py --bad negative):
# check names the cell, not a line of the submission the import made
# (docs/workbook.md "Diagnostics"), exits 1, and says the same with
# --diagnostics xml (sel, no baris) and in English. The penyebut of a
# ratio is its own cell (pembilang one row up): a committed workbook
# (tests/data/workbook/dinkes-bad-cell.xlsx, -3 typed in Realisasi!F4).
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx --bad negative
%args check $TMP/opd-dinkes.xlsx
%exit 1
%grep ^.*/opd-dinkes\.xlsx:Anggaran!E2: kesalahan LKJ0211: nilai '-5' pada nilai di <bulan ke="2"> di sub-kegiatan 1\.02\.01\.2\.01\.0001 di luar rentang \(min\. 0\)$
%grep ^lkjip: 1 berkas diperiksa, 1 kesalahan, 0 peringatan$
%check build/check/lkjip check --diagnostics xml $TMP/opd-dinkes.xlsx > $TMP/d.xml; [ $? = 1 ] && grep -q '<diagnosis kode="LKJ0211" tingkat="error" sel="Anggaran!E2" asal="1833">' $TMP/d.xml && ! grep -q 'baris=' $TMP/d.xml
%check build/check/lkjip check --lang en $TMP/opd-dinkes.xlsx | grep -q "opd-dinkes.xlsx:Anggaran!E2: error LKJ0211: the value '-5' of nilai"
%check build/check/lkjip check tests/data/workbook/dinkes-bad-cell.xlsx | grep -q "^tests/data/workbook/dinkes-bad-cell.xlsx:Realisasi!F4: kesalahan LKJ0211: nilai '-3' pada penyebut"
