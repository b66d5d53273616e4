# docs/workbook.md: no-plan is diagnosed (LKJ0726) at the cell.
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx --bad no-plan
%args import $TMP/opd-dinkes.xlsx -o $TMP/out.xml
%exit 1
%check grep -q '^opd-dinkes.xlsx: .* LKJ0726: ' $ERR
