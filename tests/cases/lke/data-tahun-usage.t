# --data-tahun takes YEAR=WS (four digits, '=', a path) and only goes with --data:
# anything else is wrong usage (exit 2) and says what it needs.
%args evaluasi samples/lke/dinkes.lke.xml --data $DATA/lke/iku/iku-2025.xml --data-tahun 23=$DATA/lke/iku/iku-2023.xml
%exit 2
%check grep -q "^lkjip: --data-tahun memerlukan TAHUN=RUANG (mis. 2023=arsip/2023): 23=tests/data/lke/iku/iku-2023.xml$" "$ERR"
