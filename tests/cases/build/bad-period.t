%args build samples/ -o $TMP/out --period 2025-Q5 --lang en
%exit 2
%check grep -q "unknown period (2025, 2025-Q3, 2025-09): 2025-Q5" "$ERR"
%check test ! -e $TMP/out
