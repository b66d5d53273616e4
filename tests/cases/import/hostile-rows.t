# A hostile workbook (rows, tests/data/workbook/hostile.py) is a coded
# diagnostic (LKJ0724) within bounded time and memory, never a crash; nothing is written.
%setup /usr/bin/python3 tests/data/workbook/hostile.py rows $TMP/h.xlsx
%args import $TMP/h.xlsx --plan samples/kab-sukamaju/opd-dinkes.xml -o $TMP/out.xml
%exit 1
%timeout 10
%check grep -q ' LKJ0724: ' $ERR && test ! -e $TMP/out.xml
