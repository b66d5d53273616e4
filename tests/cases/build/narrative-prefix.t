# Regression: narrative written with a namespace prefix (<s:p>) or with its
# own xmlns declarations comes into the IR as plain p/b in the report
# namespace; the IR stays namespace-well-formed and valid.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#</submisi>#<s:narasi xmlns:s="urn:lkjip:submission:1" xmlns:x="urn:other" bab="penutup"><s:p>Teks <s:b>tebal</s:b> \&amp; miring</s:p><p xmlns="urn:lkjip:submission:1">kedua</p></s:narasi></submisi>#' $TMP/ws/opd-a.xml
%args build $TMP/ws -o $TMP/out --format ir
%check xmllint --noout --schema schemas/report.xsd $TMP/out/kab-contoh/dinas-a/ir.xml
%check grep -q '<p>Teks <b>tebal</b> &amp; miring</p>' $TMP/out/kab-contoh/dinas-a/ir.xml && [ "$(grep -c '<p>kedua</p>' $TMP/out/kab-contoh/dinas-a/ir.xml)" = 1 ]
%check ! grep -q 'urn:other\|<s:' $TMP/out/kab-contoh/dinas-a/ir.xml
