# The built-in LKE (schemas/lke-88-2021.xml, in the binary): valid against
# its schema; four components 30/30/15/25, each split 20/30/50 %.
%args evaluasi samples/lke/dinkes.lke.xml
%check xmllint --noout --schema schemas/lke.xsd schemas/lke-88-2021.xml
%check [ "$(grep -c '<komponen ' schemas/lke-88-2021.xml)" = 4 ]
%check grep -q '<komponen id="1" nama="Perencanaan Kinerja" nama-en="Performance planning" bobot="30">' schemas/lke-88-2021.xml
%check grep -q '<subkomponen id="3.b" nama="Kualitas" nama-en="Quality" bobot="4.5" skala-nilai="AA-E">' schemas/lke-88-2021.xml
%check grep -q '<subkomponen id="4.c" nama="Pemanfaatan" nama-en="Use" bobot="12.5" skala-nilai="AA-E">' schemas/lke-88-2021.xml
%check cmp <($LKJIP evaluasi samples/lke/dinkes.lke.xml 2>/dev/null) <($LKJIP evaluasi --lke schemas/lke-88-2021.xml samples/lke/dinkes.lke.xml 2>/dev/null)
%grep ^dinkes — Dinas Kesehatan Kabupaten Sukamaju, 2025 \(LKE lke-88-2021\)$
