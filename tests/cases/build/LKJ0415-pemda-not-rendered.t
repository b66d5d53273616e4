# Two pemda in one top-level folder ('kab-contoh', 'Kab.Contoh'): only the
# first is rendered, and the OPD of the second is not rendered either (its
# folder, kab-contoh/dinas-c, would lie in the first pemda's tree). The same
# with the models on disk and one thread.
%setup cp -r tests/data/link/base $TMP/ws && sed 's/id="kab-contoh"/id="Kab.Contoh"/; s/KAB-/KAB2-/g; s/Kabupaten Contoh/Kabupaten Tiruan/' tests/data/link/base/kab.xml > $TMP/ws/kab2.xml
%setup sed 's/id="dinas-b"/id="dinas-c"/; s/"B-/"C-/g; s/induk="kab-contoh"/induk="Kab.Contoh"/; s/KAB-/KAB2-/g' tests/data/link/base/opd-b.xml > $TMP/ws/opd-c.xml
%args build --lang en --format ir,html $TMP/ws -o $TMP/out
%exit 1
%check grep -q '<unit id="kab-contoh"' $TMP/out/kab-contoh/ir.xml && ! grep -rq 'Tiruan' $TMP/out
%check [ ! -e $TMP/out/kab-contoh/dinas-c ] && [ -e $TMP/out/kab-contoh/dinas-a/lkjip.html ] && [ -e $TMP/out/kab-contoh/dinas-b/lkjip.html ]
%check LKJIP_MODEL_MEMORY=0 build/check/lkjip build --lang en --format ir,html -j 1 $TMP/ws -o $TMP/b | sed "s#$TMP/b#$TMP/out#" | diff - $OUT && diff -r -x .lkjip-cache -x .lkjip.lock $TMP/out $TMP/b
%stdout
$TMP/ws/opd-c.xml:3:3: note LKJ0416: the parent of unit 'dinas-c' is not linked because 'Kab.Contoh' is in the file $TMP/ws/kab2.xml, which was rejected
  hint: fix the errors of $TMP/ws/kab2.xml; this reference is linked once that file is accepted
$TMP/ws/kab2.xml:3:3: error LKJ0415: unit 'Kab.Contoh' would be written to the folder 'kab-contoh', which unit 'kab-contoh' ($TMP/ws/kab.xml:3) already has
  hint: change one of the unit ids: a folder name is the id in lower case, with '.' written '-'
lkjip: $TMP/ws/kab2.xml: rejected (1 error); unit Kab.Contoh: no accepted version, absent from the reports
lkjip: 6 files read (0 from the cache), 5 units, 8 reports written to $TMP/out (0 unchanged), 1 submission rejected (0 replaced by an accepted version), 1 error, 0 warnings
