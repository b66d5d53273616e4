# --data-tahun without --data: nothing to compare with (exit 2).
%args --lang en evaluasi samples/lke/dinkes.lke.xml --data-tahun 2023=$DATA/lke/iku/iku-2023.xml
%exit 2
%check grep -q "^lkjip: --data-tahun only with --data: 2023=tests/data/lke/iku/iku-2023.xml$" "$ERR"
