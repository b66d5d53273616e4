# docs/workbook.md: text-number is diagnosed (LKJ0711) at the cell.
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx --bad text-number
%args import $TMP/opd-dinkes.xlsx -o $TMP/out.xml
%exit 1
%check grep -q '^opd-dinkes.xlsx:Realisasi!G3: .* LKJ0711: ' $ERR
