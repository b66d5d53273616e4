# Without the pemda's file: one warning per OPD, no guessing about its sasaran.
%setup cp -r tests/data/link/base $TMP/ws && rm $TMP/ws/kab.xml $TMP/ws/lkjip.xml
%args check --link --lang en $TMP/ws
%stdout
$TMP/ws/opd-a.xml:3:3: warning LKJ0408: unit 'dinas-a' names the parent 'kab-contoh', which is not among the inputs
  hint: include kab-contoh's file; until then, mendukung references to its sasaran are not checked
$TMP/ws/opd-b.xml:3:3: warning LKJ0408: unit 'dinas-b' names the parent 'kab-contoh', which is not among the inputs
  hint: include kab-contoh's file; until then, mendukung references to its sasaran are not checked
lkjip: 2 files checked, 0 errors, 2 warnings
