# A hostile workbook (absolute, tests/data/workbook/hostile.py) is a coded
# diagnostic (LKJ0718) within bounded time and memory, never a crash; nothing is written.
%setup /usr/bin/python3 tests/data/workbook/hostile.py absolute $TMP/h.xlsx
%args import $TMP/h.xlsx --plan samples/kab-sukamaju/opd-dinkes.xml -o $TMP/out.xml
%exit 1
%timeout 10
%check grep -q ' LKJ0718: ' $ERR && test ! -e $TMP/out.xml
