%args check --lang en
%exit 2
%check grep -q "check needs at least one PATH" "$ERR"
