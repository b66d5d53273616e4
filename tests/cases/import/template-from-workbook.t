# lkjip template over a workspace where an OPD sent its workbook: the next
# workbook embeds the submission the workbook made (never the workbook's
# own bytes), so it checks clean and imports to the same submission.
%timeout 90
%setup build/check/lkjip template samples -o $TMP/wb --quiet && cp -r samples $TMP/ws && rm $TMP/ws/kab-sukamaju/opd-dinkes.xml && cp $TMP/wb/dinkes.xlsx $TMP/ws/kab-sukamaju/opd-dinkes.xlsx
%setup build/check/lkjip template $TMP/ws -o $TMP/wb2 --quiet
%args check --no-link $TMP/wb2/dinkes.xlsx
%check build/check/lkjip import $TMP/wb2/dinkes.xlsx -o $TMP/d2.xml && /usr/bin/python3 tests/data/workbook/same.py samples/kab-sukamaju/opd-dinkes.xml $TMP/d2.xml
%stdout
lkjip: 1 berkas diperiksa, 0 kesalahan, 0 peringatan
