# Issue 12: a unit with no accepted version whose submission is rejected
# is absent: no report of it is built, and the pemda's report says which
# unit is missing and what that leaves out.
%timeout 60
%setup cp -r samples $TMP/ws && sed -e 's/id="dlh"/id="dlh2"/' -e 's/DLH-/DLH2-/g' -e 's/2.11.0.00.0.00.01.0000/2.11.0.00.0.00.02.0000/' -e '0,/<satuan>/{/<satuan>/d}' samples/kab-sukamaju/opd-dlh.xml > $TMP/ws/kab-sukamaju/opd-dlh2.xml && touch -d '2025-11-20 09:00 UTC' $TMP/ws/kab-sukamaju/opd-dlh2.xml
%args build $TMP/ws -o $TMP/out --format ir,html
%exit 1
%grep ^lkjip: .*/ws/kab-sukamaju/opd-dlh2.xml: ditolak \(1 kesalahan\); unit dlh2: belum ada versi diterima, tidak ada dalam laporan$
%grep 1 kiriman ditolak \(0 diganti versi diterima\)
%check [ ! -e $TMP/out/kab-sukamaju/dlh2 ] && [ -e $TMP/out/kab-sukamaju/dlh/ir.xml ]
%check grep -q '<kiriman-ditolak berkas="[^"]*opd-dlh2.xml" unit="dlh2" tanggal="2025-11-20" kesalahan="1"/>' $TMP/out/kab-sukamaju/ir.xml
%check grep -q 'belum ada versi diterima: unit ini tidak termasuk dalam laporan ini, dalam capaian dan anggaran gabungan, maupun dalam crosscutting' $TMP/out/kab-sukamaju/lkjip.html
%check ! grep -q 'DLH2-' $TMP/out/kab-sukamaju/ir.xml
%check ! grep -q dlh2 $TMP/.out.lkjip/accepted/index
