# Issue 12: a resubmission that passes check but not link (a sasaran
# supporting a pemda sasaran that does not exist) is rejected too: its
# findings are said, the part is linked again with the unit's last
# accepted version in its place, and nothing else is reported twice.
%timeout 60
%setup cp -r samples $TMP/ws && touch -d '2025-11-03 10:00 UTC' $TMP/ws/*/* && build/check/lkjip build $TMP/ws -o $TMP/out --format ir -q && cp -r $TMP/out $TMP/before
%setup sed -i 's/mendukung="KAB-S5"/mendukung="KAB-S99"/' $TMP/ws/kab-sukamaju/opd-dlh.xml
%args build $TMP/ws -o $TMP/out --format ir
%exit 1
%grep opd-dlh.xml:[0-9]+:[0-9]+: kesalahan LKJ0401: sasaran 'DLH-S1' mendukung 'KAB-S99'
%grep opd-dlh.xml: ditolak \(3 kesalahan\); unit dlh: tetap memakai versi diterima 2025-11-03$
%check [ $(grep -c 'kesalahan LKJ' $OUT) = 3 ]
%check diff <(grep -v versi-data $TMP/out/kab-sukamaju/dlh/ir.xml | sed 's/@2025-11-03//') $TMP/before/kab-sukamaju/dlh/ir.xml
