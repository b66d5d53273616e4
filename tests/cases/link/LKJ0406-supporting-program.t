# The supporting program X.XX.01 needs no sasaran: no warning.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/<program kode="1.02.02" mendukung="A-S1">/<program kode="1.02.01">/; s/1\.02\.02\.2\.01/1.02.01.2.01/g' $TMP/ws/opd-a.xml
%args check --link --lang en $TMP/ws
%stdout
lkjip: 4 files checked, 0 errors, 0 warnings
