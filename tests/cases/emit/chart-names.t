# Every id the schema accepts renders. Charts are inline in both documents
# (issue 13: the DocBook's in imagedata), so no id ever names a file, and
# anchors are positions (sasaran-1, …): 'O0-A..B' (whose '..' no file name
# may hold) and ids that differ only in case or '.'/'-' (Ab.C, ab-c, AB.c;
# sasaran S..1, s--1) each get their chart, and the DocBook is valid.
%args build --lang en --format html,docbook,pk tests/data/ok/odd-ids.xml -o $TMP/out
%check cd $TMP/out/dinkes && test "$(ls | tr '\n' ' ')" = 'lkjip.html lkjip.xml pk.html pk.xml '
%check cd $TMP/out/dinkes && test "$(grep -o '<svg' lkjip.xml | wc -l)" = 11 && test "$(grep -o '<svg' lkjip.html | wc -l)" = 11
%check f=$TMP/out/dinkes/lkjip.xml; grep -q '<title>Indikator O0-A..B — Target 100, Realisasi 85</title>' $f && grep -q '<title>Indikator Ab.C — Target 100, Realisasi 85</title>' $f && grep -q '<title>Indikator ab-c — Target 100, Realisasi 85</title>' $f
%check for f in lkjip.xml pk.xml; do jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng $TMP/out/dinkes/$f || exit 1; done
%check test -s $TMP/out/dinkes/lkjip.html && test -s $TMP/out/dinkes/pk.html
%stdout
tests/data/ok/odd-ids.xml:7:3: warning LKJ0408: unit 'dinkes' names the parent 'kab-sukamaju', which is not among the inputs
  hint: include kab-sukamaju's file; until then, mendukung references to its sasaran are not checked
lkjip: 1 file read (0 from the cache), 1 unit, 4 reports written to $TMP/out (0 unchanged), 0 errors, 1 warning
