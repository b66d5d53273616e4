# The gate with workbooks (docs/cron.md "The submission gate"): an
# accepted workbook's bytes are kept as they came (STATE/accepted/HEX.xlsx)
# and imported again when they stand in; a rejected workbook finds its
# unit by the id its sheet lkjip names (A2), so the accepted version stays
# in force and the unit is still in the reports.
%timeout 120
%setup cp -r samples $TMP/ws && rm $TMP/ws/kab-sukamaju/opd-dinkes.xml && /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/ws/kab-sukamaju/opd-dinkes.xlsx
%setup build/check/lkjip build $TMP/ws -o $TMP/out --format ir --quiet --state $TMP/state && ls $TMP/state/accepted | grep -qE '^[0-9a-f]{64}\.xlsx$'
%setup /usr/bin/python3 tests/data/workbook/make.py samples/kab-sukamaju/opd-dinkes.xml $TMP/ws/kab-sukamaju/opd-dinkes.xlsx --bad negative
%args build $TMP/ws -o $TMP/out --format ir --state $TMP/state
%exit 1
%grep ^lkjip: .*/opd-dinkes\.xlsx: ditolak \(1 kesalahan\); unit dinkes: tetap memakai versi diterima [0-9-]+$
%grep \(1 diganti versi diterima\)
%check grep -q 'berkas-diterima="'$TMP'/ws/kab-sukamaju/opd-dinkes.xlsx"' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check ls $TMP/state/accepted | grep -qE '^[0-9a-f]{64}\.xlsx$'
