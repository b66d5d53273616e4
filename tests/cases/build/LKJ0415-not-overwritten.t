# A unit whose folder is an earlier unit's (LKJ0415) is not rendered: the
# build exits 1, and the first unit's reports are byte for byte what a
# build without the second writes (before, the second silently replaced
# them). Its file sorts after opd-a.xml, so 'dinas-a' keeps the folder.
%setup cp -r tests/data/link/base $TMP/ws && build/check/lkjip build --quiet --lang en --format ir,html,docbook $TMP/ws -o $TMP/clean
%setup sed 's/id="dinas-b"/id="DINAS-A"/; s/"B-/"C-/g; s/Dinas dinas-b/Dinas Tiruan/' tests/data/link/base/opd-b.xml > $TMP/ws/opd-c.xml
%args build --lang en --format ir,html,docbook $TMP/ws -o $TMP/out
%exit 1
%check diff -r $TMP/clean/kab-contoh/dinas-a $TMP/out/kab-contoh/dinas-a
%check ! grep -rq 'Tiruan\|opd-c' $TMP/out/kab-contoh/dinas-a
%check [ "$(find $TMP/out -name ir.xml | wc -l)" = 3 ]
%stdout
$TMP/ws/opd-c.xml:3:3: error LKJ0415: unit 'DINAS-A' would be written to the folder 'kab-contoh/dinas-a', which unit 'dinas-a' ($TMP/ws/opd-a.xml:3) already has
  hint: change one of the unit ids: a folder name is the id in lower case, with '.' written '-'
$TMP/ws/opd-c.xml:3:3: error LKJ0420: unit 'DINAS-A' has the code '1.06.0.00.0.00.01.0000', which unit 'dinas-b' ($TMP/ws/opd-b.xml:3) of the same pemda already has
  hint: check the unit code (Kepmendagri 050) in <unit kode="...">: one code per OPD; a file copied from another OPD must get its own code or be removed
lkjip: $TMP/ws/opd-c.xml: rejected (2 errors); unit DINAS-A: no accepted version, absent from the reports
lkjip: 5 files read (0 from the cache), 4 units, 9 reports written to $TMP/out (0 unchanged), 1 submission rejected (0 replaced by an accepted version), 2 errors, 0 warnings
