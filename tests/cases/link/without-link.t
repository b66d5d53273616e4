# With --no-link, cross-file problems are not looked for (check stays per
# file, as an OPD checks its file before sending; a folder is linked otherwise).
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/mendukung="KAB-S1"/mendukung="KAB-S9"/' $TMP/ws/opd-a.xml
%args check --no-link --lang en $TMP/ws
%stdout
lkjip: 4 files checked, 0 errors, 0 warnings
