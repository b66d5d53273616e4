%args template --lang en --year 2024 --period 2025-Q3 samples/kab-sukamaju -o $TMP/out
%exit 2
%check grep -q -- '--year and --period name different years' $ERR
