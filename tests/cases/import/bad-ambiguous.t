# docs/workbook.md: ambiguous reads as thousands and is warned (LKJ0712), naming both readings, at the cell.
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/opd-dinkes.xlsx --bad ambiguous
%args import $TMP/opd-dinkes.xlsx -o $TMP/out.xml
%exit 0
%check grep -q '^opd-dinkes.xlsx:Realisasi!F2: .* LKJ0712: ' $ERR
%check grep -q 'dibaca 1250 (titik pemisah ribuan), bukan 1.25' $ERR
