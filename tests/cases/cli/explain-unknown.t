%args explain LKJ9999
%exit 2
%check grep -q "kode diagnosis tidak dikenal: LKJ9999" "$ERR"
