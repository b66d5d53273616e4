# docs/workbook.md: unknown-key is diagnosed (LKJ0713) at the cell.
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx --bad unknown-key
%args import $TMP/opd-dinkes.xlsx -o $TMP/out.xml
%exit 1
%check grep -q '^opd-dinkes.xlsx:Realisasi!A5: .* LKJ0713: ' $ERR
