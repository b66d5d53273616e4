# docs/workbook.md: bad-hash is diagnosed (LKJ0727) at the cell.
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx --bad bad-hash
%args import $TMP/opd-dinkes.xlsx -o $TMP/out.xml
%exit 1
%check grep -q '^opd-dinkes.xlsx: .* LKJ0727: ' $ERR
