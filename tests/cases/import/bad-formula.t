# docs/workbook.md: formula is diagnosed (LKJ0715) at the cell.
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx --bad formula
%args import $TMP/opd-dinkes.xlsx -o $TMP/out.xml
%exit 1
%check grep -q '^opd-dinkes.xlsx:Realisasi!F2: .* LKJ0715: ' $ERR
