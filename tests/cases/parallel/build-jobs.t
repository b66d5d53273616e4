# lkjip build with -j 1 and -j 4 writes byte-identical reports.
%args build -j 1 samples/ -o $TMP/a --format ir,html
%check build/check/lkjip build -j 4 samples/ -o $TMP/b --format ir,html > /dev/null && diff -r -x .lkjip.lock $TMP/a $TMP/b
%stdout
lkjip: 9 berkas dibaca, 16 laporan ditulis ke $TMP/a, 0 kesalahan, 0 peringatan
