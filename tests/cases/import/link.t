# Linking's findings in a workbook's submission name a cell too: the plan
# embedded in the workbook (a sasaran that supports a pemda sasaran that
# does not exist) is at lkjip!A6, the very hidden sheet that carries it,
# never at a line of the submission the import made. Through the cache
# (which keeps the workbook unit's table of cells) the same.
%setup cp -r samples $TMP/ws && rm $TMP/ws/kab-sukamaju/opd-dinkes.xml && sed 's/mendukung="KAB-S2"/mendukung="KAB-S9"/' samples/kab-sukamaju/opd-dinkes.xml > $TMP/plan.xml && /usr/bin/python3 tests/data/workbook/make.py $TMP/plan.xml $TMP/ws/kab-sukamaju/opd-dinkes.xlsx
%setup build/check/lkjip check --cache $TMP/c $TMP/ws > /dev/null; [ $? = 1 ]
%args check --cache $TMP/c $TMP/ws
%exit 1
%grep ^.*/opd-dinkes\.xlsx:lkjip!A6: kesalahan LKJ0401: sasaran 'DINKES-S1' mendukung 'KAB-S9', yang tidak ada di kab-sukamaju$
%grep ^lkjip: 9 berkas diperiksa \(9 dari cache\), 1 kesalahan, 1 peringatan$
%check build/check/lkjip check $TMP/ws | grep -q "opd-dinkes.xlsx:lkjip!A6: kesalahan LKJ0401"
