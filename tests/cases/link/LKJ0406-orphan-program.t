# A program without mendukung (not the supporting *.*.01): a warning.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/<program kode="1.02.02" mendukung="A-S1">/<program kode="1.02.02">/' $TMP/ws/opd-a.xml
%args check --link --lang en $TMP/ws
%stdout
$TMP/ws/opd-a.xml:24:3: warning LKJ0406: program 1.02.02 supports no sasaran
  hint: add mendukung="…" with a sasaran id of this OPD
lkjip: 4 files checked, 0 errors, 1 warning
