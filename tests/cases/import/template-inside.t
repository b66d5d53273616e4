# docs/workbook.md: lkjip template's workbooks written inside the workspace
# are read as submissions too, each a second one of its unit beside the XML
# it was made from (LKJ0402 on every id): write them elsewhere.
%timeout 60
%setup cp -r samples $TMP/ws && build/check/lkjip template $TMP/ws -o $TMP/ws/wb --quiet
%args check $TMP/ws
%exit 1
%grep ^.*/ws/wb/dinkes\.xlsx:lkjip!A6: kesalahan LKJ0402: id '[^']+' juga dipakai di .*/opd-dinkes\.xml:[0-9]+$
%grep ^lkjip: 15 berkas diperiksa, 
# Where a message quotes the other place, a workbook's is its cell too.
%check cp -r samples $TMP/ws2 && build/check/lkjip template $TMP/ws2 -o $TMP/ws2/a --quiet && build/check/lkjip check $TMP/ws2 | grep -q "opd-dinkes.xml:3:3: kesalahan LKJ0402: id 'dinkes' juga dipakai di .*/ws2/a/dinkes.xlsx:lkjip!A6$"
