# Two pemda ('kab-contoh' and 'Kab.Contoh') share no id, and no parent, so
# nothing else would link them together; their folders at the top of the
# output are one all the same. The workspace is linked part by part
# (partition.c), which keeps units of one folder name in one part: the
# collision is found, and listed in the same order, whatever the number of
# threads and wherever the models wait. The second pemda's OPD is not
# reported: its own folder name is free.
%setup cp -r tests/data/link/base $TMP/ws && sed 's/id="kab-contoh"/id="Kab.Contoh"/; s/KAB-/KAB2-/g' tests/data/link/base/kab.xml > $TMP/ws/kab2.xml
%setup sed 's/id="dinas-b"/id="dinas-c"/; s/"B-/"C-/g; s/induk="kab-contoh"/induk="Kab.Contoh"/; s/KAB-/KAB2-/g' tests/data/link/base/opd-b.xml > $TMP/ws/opd-c.xml
%args check --link --lang en --log $TMP/log $TMP/ws
%exit 1
%check grep -q 'check: 6 files in 1 part, 0 models on disk, 1 errors, 0 warnings' $TMP/log
%check LKJIP_MODEL_MEMORY=0 build/check/lkjip check --link --lang en -j 1 $TMP/ws | diff - $OUT
%check LKJIP_MODEL_MEMORY=0 build/check/lkjip check --link --lang en -j 2 $TMP/ws | diff - $OUT
%stdout
$TMP/ws/kab2.xml:3:3: error LKJ0415: unit 'Kab.Contoh' would be written to the folder 'kab-contoh', which unit 'kab-contoh' ($TMP/ws/kab.xml:3) already has
  hint: change one of the unit ids: a folder name is the id in lower case, with '.' written '-'
lkjip: 6 files checked, 1 error, 0 warnings
