# The Perjanjian Kinerja as a DocBook 5 book (pk.xml) for every unit that
# has one: valid against the DocBook 5.0 RNG, the statement, both parties,
# the two-column signature block and the annex tables. DPUPR's PK was
# revised: its pk.xml is the Perubahan (version 2), with the reason.
%timeout 180
%args build samples/ -o $TMP/out --format pk,docbook
%check test "$(find $TMP/out -name pk.xml | wc -l)" -ge 7
%check for f in $(find $TMP/out -name pk.xml); do jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng "$f" || exit 1; done
%check f=$TMP/out/kab-sukamaju/dinkes/pk.xml; test "$(xmllint --xpath 'local-name(/*)' $f)" = book && grep -q 'PIHAK PERTAMA,' $f && grep -q 'PIHAK KEDUA,' $f && grep -q 'Sasaran Strategis' $f && grep -q '>Anggaran<' $f && grep -q 'Rp15.004.500.000' $f && grep -q 'NIP. 197503122002122003' $f
%check f=$TMP/out/kab-sukamaju/dinkes/pk.xml; test "$(xmllint --xpath 'count(//*[local-name()="para"][@role="ttd-nama"])' $f)" -ge 4
%check f=$TMP/out/kab-sukamaju/dpupr/pk.xml; grep -q 'Perjanjian Kinerja Perubahan' $f && grep -q 'Alasan perubahan' $f
