# docs/workbook.md: missing-column is diagnosed (LKJ0714) at the cell.
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx --bad missing-column
%args import $TMP/opd-dinkes.xlsx -o $TMP/out.xml
%exit 1
%check grep -q '^opd-dinkes.xlsx:Realisasi!A1: .* LKJ0714: ' $ERR
