# The presented document's schema (schemas/present.xsd, docs/present.md):
# the hand-written sample, which holds every element and attribute,
# validates; and the schema refuses what a serialiser could not write: a
# colour that is no #rrggbb, a link or a contents entry to no anchor, an
# anchor twice, a cover role twice, a section as a chapter, a block after a
# section (DocBook allows none), a table without its columns, a figure
# without an SVG.
%args --version
%check xmllint --noout --nonet --schema schemas/present.xsd tests/data/present/sample.xml
%check sed 's/warna="#1a7f37"/warna="green"/' tests/data/present/sample.xml | xmllint --noout --nonet --schema schemas/present.xsd - 2>&1 | grep -q "attribute 'warna'.*pattern"
%check sed 's/ref="ringkas"/ref="tidak-ada"/' tests/data/present/sample.xml | xmllint --noout --nonet --schema schemas/present.xsd - 2>&1 | grep -q "No match found for key-sequence \['tidak-ada'\]"
%check sed 's/entri ref="bab-4"/entri ref="bab-9"/' tests/data/present/sample.xml | xmllint --noout --nonet --schema schemas/present.xsd - 2>&1 | grep -q "No match found for key-sequence \['bab-9'\]"
%check sed 's/id="pohon"/id="ringkas"/' tests/data/present/sample.xml | xmllint --noout --nonet --schema schemas/present.xsd - 2>&1 | grep -q "fails to validate"
%check sed 's/peran="singkat"/peran="jenis"/' tests/data/present/sample.xml | xmllint --noout --nonet --schema schemas/present.xsd - 2>&1 | grep -q "Duplicate key-sequence \['jenis'\]"
%check sed 's/jenis="bagian" id="bab-3-a"/jenis="bab" id="bab-3-a"/' tests/data/present/sample.xml | xmllint --noout --nonet --schema schemas/present.xsd - 2>&1 | grep -q "attribute 'jenis'.*'bab' is not an element of the set"
%check sed 's|<bagian jenis="bagian" id="lampiran-pohon"|<p>sesudah</p><bagian jenis="bagian" id="lampiran-pohon"|' tests/data/present/sample.xml | xmllint --noout --nonet --schema schemas/present.xsd - 2>&1 | grep -q "Element '{urn:lkjip:present:1}p': This element is not expected"
%check sed '/<kolom/d' tests/data/present/sample.xml | xmllint --noout --nonet --schema schemas/present.xsd - 2>&1 | grep -q "Expected is .*kolom"
%check sed 's|<svg xmlns="http://www.w3.org/2000/svg" width="200"|<svg xmlns="urn:lain" width="200"|' tests/data/present/sample.xml | xmllint --noout --nonet --schema schemas/present.xsd - 2>&1 | grep -q "fails to validate"
# The sample holds every element and every attribute the schema declares.
%check for n in $(grep -o '<xs:element name="[^"]*"' schemas/present.xsd | cut -d'"' -f2 | sort -u); do grep -Eq "<$n[ >/]" tests/data/present/sample.xml || { echo "no element $n"; exit 1; }; done
%check for n in $(grep -o '<xs:attribute name="[^"]*"' schemas/present.xsd | cut -d'"' -f2 | sort -u); do grep -q " $n=\"" tests/data/present/sample.xml || { echo "no attribute $n"; exit 1; }; done
