%args build tests/data/link/base -o $TMP/out --format pdf
%exit 2
%check grep -q "bentuk keluaran tidak dikenal (html, docbook, pk, ir, present): pdf" "$ERR"
