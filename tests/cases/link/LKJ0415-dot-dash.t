# '.' is written '-' in a folder name, so 'dinas.a' and 'dinas-a' would
# share one. The same with -j 1, and with every model waiting on disk.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/id="dinas-b"/id="dinas.a"/' $TMP/ws/opd-b.xml
%args check --link --lang en -j 2 $TMP/ws
%exit 1
%check LKJIP_MODEL_MEMORY=0 build/check/lkjip check --link --lang en -j 1 $TMP/ws | diff - $OUT
%stdout
$TMP/ws/opd-b.xml:3:3: error LKJ0415: unit 'dinas.a' would be written to the folder 'kab-contoh/dinas-a', which unit 'dinas-a' ($TMP/ws/opd-a.xml:3) already has
  hint: change one of the unit ids: a folder name is the id in lower case, with '.' written '-'
lkjip: 4 files checked, 1 error, 0 warnings
