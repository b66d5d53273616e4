# Issue 12: a rejected resubmission never reaches a report. The night
# before, every file was accepted; now Dinas Kesehatan sends a file with a
# schema error. The build publishes, exit 1, and DINKES's reports are made
# from its last accepted version (kept in the state folder), and say so;
# the pemda's report lists the rejected submission and what stands in.
%timeout 60
%setup cp -r samples $TMP/ws && touch -d '2025-11-03 10:00 UTC' $TMP/ws/*/* && build/check/lkjip build $TMP/ws -o $TMP/out --format ir -q
%setup cp -r $TMP/out $TMP/before && sed -i '0,/<satuan>/{/<satuan>/d}' $TMP/ws/kab-sukamaju/opd-dinkes.xml && touch -d '2025-11-20 09:00 UTC' $TMP/ws/kab-sukamaju/opd-dinkes.xml
%args build $TMP/ws -o $TMP/out --format ir,html,docbook
%exit 1
%grep ^lkjip: .*/ws/kab-sukamaju/opd-dinkes.xml: ditolak \(1 kesalahan\); unit dinkes: tetap memakai versi diterima 2025-11-03$
%grep 1 kiriman ditolak \(1 diganti versi diterima\)
%check grep -q '<versi-data diterima="2025-11-03" berkas-diterima="[^"]*/ws/kab-sukamaju/opd-dinkes.xml" ditolak="2025-11-20" berkas-ditolak="[^"]*/ws/kab-sukamaju/opd-dinkes.xml" kesalahan="1"/>' $TMP/out/kab-sukamaju/dinkes/ir.xml
%check grep -q 'Data Dinas Kesehatan Kabupaten Sukamaju:</b> versi diterima 3 November 2025; kiriman 20 November 2025 ditolak, 1 kesalahan.' $TMP/out/kab-sukamaju/dinkes/lkjip.html
%check grep -q 'versi diterima 3 November 2025; kiriman 20 November 2025 ditolak, 1 kesalahan.' $TMP/out/kab-sukamaju/dinkes/lkjip.xml
%check grep -q '<kiriman-ditolak berkas="[^"]*opd-dinkes.xml" unit="dinkes" tanggal="2025-11-20" kesalahan="1" versi-diterima="2025-11-03"/>' $TMP/out/kab-sukamaju/ir.xml
# The numbers are the accepted version's: the IR differs from the night
# before only by the gate's notices.
%check diff <(grep -v 'versi-data\|kiriman-ditolak' $TMP/out/kab-sukamaju/dinkes/ir.xml | sed 's/@2025-11-03//') $TMP/before/kab-sukamaju/dinkes/ir.xml
%check diff <(grep -v 'versi-data\|kiriman-ditolak' $TMP/out/kab-sukamaju/ir.xml | sed 's/@2025-11-03//') $TMP/before/kab-sukamaju/ir.xml
# The state folder kept the accepted bytes, under their SHA-256.
%check f=$(sha256sum samples/kab-sukamaju/opd-dinkes.xml | cut -c1-64) && cmp samples/kab-sukamaju/opd-dinkes.xml $TMP/.out.lkjip/accepted/$f.xml && [ "$(stat -c %a $TMP/.out.lkjip/accepted)" = 700 ]
