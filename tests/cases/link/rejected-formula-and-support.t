# References into a rejected file are notes: opd-b.xml is rejected (a
# decimal comma); opd-a's formula names B-I1, defined only there (a note,
# not LKJ0409), and KAB-S2, supported only by opd-b's B-S1, is not
# reported as unsupported (LKJ0405).
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<satuan>orang</satuan>#<satuan>orang</satuan><rumus>B-I1 * 2</rumus>#' $TMP/ws/opd-a.xml && sed -i 's#<pagu>100000000</pagu>#<pagu>100000000,5</pagu>#' $TMP/ws/opd-b.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep opd-b.xml:[0-9]+:[0-9]+: error LKJ0205
%grep opd-a.xml:18:31: note LKJ0416: the formula of indikator 'A-I1' is not linked because 'B-I1' is in the file .*/ws/opd-b.xml, which was rejected
%nogrep LKJ0409|LKJ0405
%grep 1 error, 0 warnings
# In the report of dinas-a, the composite's reason names the rejected file.
%setup build/check/lkjip build $TMP/ws -o $TMP/out --format ir --lang en --report-lang en > /dev/null; true
%check grep -q '<realisasi status="rumus-id-tidak-dikenal" alasan="the formula names '"'"'B-I1'"'"', which is in the rejected file .*/ws/opd-b.xml" aturan="composite formula"/>' $TMP/out/kab-contoh/dinas-a/ir.xml
