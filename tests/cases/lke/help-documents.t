# --help names the documents' form of evaluasi and --ir in both languages;
# the man page and docs/lke.md describe them.
%args --help
%grep ^  evaluasi JAWABAN.xml\.\.\. --format html,docbook -o FOLDER \[--ir FOLDER\]$
%grep ^  --ir FOLDER             dengan evaluasi html,docbook: keluaran build --format ir
%check $LKJIP --help --lang en | grep -q '^  evaluasi ANSWERS.xml... --format html,docbook -o DIR \[--ir DIR\]$'
%check $LKJIP --help --lang en | grep -q '^  --ir DIR                with evaluasi html,docbook'
%check grep -q '^\.BI \\-\\-ir " dir"$' docs/lkjip.1 && grep -q 'rekap\\-evaluasi' docs/lkjip.1
%check grep -q '^## 6. The documents: summary, worksheet, the pemda' docs/lke.md && grep -q 'jenis="lkjip|pk|evaluasi"' docs/present.md
