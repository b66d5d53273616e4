# Every id the schema accepts renders: the DocBook's chart files are named
# from a kind prefix, the positions and the id in lower case with '.'
# written '-', so 'O0-A..B' (whose '..' lkjip refuses in a file name) gives
# a safe name, and ids that differ only in case or '.'/'-' (Ab.C, ab-c,
# AB.c; sasaran S..1, s--1) still get a chart each, told apart by position.
# Every figure refers to a file that is there, and the DocBook is valid.
%args build --lang en --format html,docbook,pk tests/data/ok/odd-ids.xml -o $TMP/out
%check cd $TMP/out/dinkes && test "$(LC_ALL=C ls *.svg | tr '\n' ' ')" = 'progres-s1-i1-o0-a--b.svg progres-s1-i2-ab-c.svg progres-s1-i3-ab-c.svg progres-s2-i1-ab-c.svg serapan.svg target-realisasi-s1-s--1.svg target-realisasi-s2-s--1.svg tren-s1-i1-o0-a--b.svg tren-s1-i2-ab-c.svg tren-s1-i3-ab-c.svg tren-s2-i1-ab-c.svg '
%check cd $TMP/out/dinkes && for f in $(grep -o 'fileref="[^"]*"' lkjip.xml | cut -d'"' -f2); do test -s "$f" || exit 1; done && test "$(grep -c 'fileref=' lkjip.xml)" = "$(ls *.svg | wc -l)"
%check grep -q 'Indikator O0-A..B' $TMP/out/dinkes/progres-s1-i1-o0-a--b.svg && grep -q 'Indikator Ab.C' $TMP/out/dinkes/progres-s1-i2-ab-c.svg && grep -q 'Indikator ab-c' $TMP/out/dinkes/progres-s1-i3-ab-c.svg
%check for f in lkjip.xml pk.xml; do jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng $TMP/out/dinkes/$f || exit 1; done
%check test -s $TMP/out/dinkes/lkjip.html && test -s $TMP/out/dinkes/pk.html
%stdout
tests/data/ok/odd-ids.xml:7:3: warning LKJ0408: unit 'dinkes' names the parent 'kab-sukamaju', which is not among the inputs
  hint: include kab-sukamaju's file; until then, mendukung references to its sasaran are not checked
lkjip: 1 file read (0 from the cache), 1 unit, 4 reports written to $TMP/out (0 unchanged), 0 errors, 1 warning
