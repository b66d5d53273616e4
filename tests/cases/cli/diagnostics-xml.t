# --diagnostics xml is valid against schemas/diagnostics.xsd, one <berkas>
# per input, a missing path included (exit 3 wins over 1).
%args check --no-link --diagnostics xml --lang en tests/data/hostile tests/data/ok/minimal.xml /nonexistent/x.xml
%exit 3
%check xmllint --noout --schema schemas/diagnostics.xsd "$OUT"
%check [ "$(grep -c '<berkas ' "$OUT")" = 13 ]
%grep <ringkasan berkas="12" kesalahan="12" peringatan="0"/>
%grep <berkas nama="tests/data/ok/minimal.xml" status="ok"/>
%grep <diagnosis kode="LKJ0103" tingkat="error" baris="2" kolom="1">
