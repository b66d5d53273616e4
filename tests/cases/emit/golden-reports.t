# The HTML, DocBook (with its SVG charts) and PK documents of the samples are
# exactly the committed ones (tests/golden/reports, regenerated with
# `make golden` and reviewed in the diff): a stylesheet change shows up here.
%args build samples/ -o $TMP/out --format html,docbook,pk
%check diff -r tests/golden/reports $TMP/out
%stdout
lkjip: 9 berkas dibaca (0 dari cache), 8 unit, 30 laporan ditulis ke $TMP/out (0 tidak berubah), 0 kesalahan, 0 peringatan
