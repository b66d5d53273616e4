# Link findings come in a <tautan> element, each naming its file.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/mendukung="KAB-S1"/mendukung="KAB-S9"/' $TMP/ws/opd-a.xml
%args check --link --diagnostics xml $TMP/ws
%exit 1
%check xmllint --noout --schema schemas/diagnostics.xsd "$OUT"
%grep <tautan status="ditolak">
%grep <diagnosis berkas=".*/ws/opd-a.xml" kode="LKJ0401" tingkat="error" baris="14" kolom="24">
