# The letters of the samples and of every file in tests/data/bad are exactly
# the committed ones (tests/golden/letters, made by tests/golden-letters.sh,
# regenerated with `make golden` and reviewed in the diff): one run over
# samples/ (check --link), then each bad file alone, and four in English.
%release
%timeout 300
%args check --link --letters $TMP/l samples/
%check diff -r tests/golden/letters/samples $TMP/l
%check tests/golden-letters.sh build/lkjip $TMP/golden && diff -r tests/golden/letters $TMP/golden
%check [ "$(ls tests/golden/letters/bad | wc -l)" = "$(ls tests/data/bad | wc -l)" ]
%stdout
lkjip: 10 surat ditulis ke $TMP/l (rekap: $TMP/l/index.html)
lkjip: 9 berkas diperiksa, 0 kesalahan, 0 peringatan
