%args check --lang en --frob samples
%exit 2
%check grep -q "lkjip: unknown option: --frob" "$ERR"
