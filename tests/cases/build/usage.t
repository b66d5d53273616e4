# build needs -o; unknown formats and periods are usage errors (exit 2).
%args build samples/
%exit 2
%check grep -q "build memerlukan folder keluaran: -o FOLDER" "$ERR"
