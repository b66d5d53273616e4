%args frobnicate
%exit 2
%check grep -q "lkjip: perintah tidak dikenal: frobnicate" "$ERR"
