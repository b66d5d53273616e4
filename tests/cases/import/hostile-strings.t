# A hostile workbook (strings, tests/data/workbook/hostile.py) is a coded
# diagnostic (LKJ0723) within bounded time and memory, never a crash; nothing is written.
%setup /usr/bin/python3 tests/data/workbook/hostile.py strings $TMP/h.xlsx
%args import $TMP/h.xlsx --plan samples/kab-sukamaju/opd-dinkes.xml -o $TMP/out.xml
%exit 1
%timeout 10
%check grep -q ' LKJ0723: ' $ERR && test ! -e $TMP/out.xml
