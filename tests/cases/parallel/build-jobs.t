# lkjip build with -j 1 and -j 4 writes byte-identical reports.
%args build -j 1 samples/ -o $TMP/a --format ir,html
%check build/check/lkjip build -j 4 samples/ -o $TMP/b --format ir,html > /dev/null && diff -r -x .lkjip.lock -x .lkjip-cache $TMP/a $TMP/b
%stdout
lkjip: 9 berkas dibaca (0 dari cache), 8 unit, 16 laporan ditulis ke $TMP/a (0 tidak berubah), 0 kesalahan, 0 peringatan
