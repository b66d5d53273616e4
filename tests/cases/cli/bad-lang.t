%args check --lang fr tests/data/ok/minimal.xml
%exit 2
%check grep -q "bahasa tidak dikenal (id atau en): fr" "$ERR"
