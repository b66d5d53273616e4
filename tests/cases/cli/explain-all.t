# Every code in the catalogue has an explanation in both languages.
%args explain --all --lang en
%check [ "$(grep -c '^LKJ[0-9]\{4\} (' "$OUT")" -ge 50 ]
%nogrep \{[1-9]\}
