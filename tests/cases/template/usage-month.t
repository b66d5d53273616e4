%args template --lang en --period 2025-09 samples/kab-sukamaju -o $TMP/out
%exit 2
%check grep -q 'unknown template period (2025, 2025-Q3): 2025-09' $ERR
%check [ ! -e $TMP/out ]
