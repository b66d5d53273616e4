%args check --max-size 0 tests/data/ok/minimal.xml
%exit 2
%check grep -q -- "--max-size harus 1 sampai 2047" "$ERR"
