# An OPD sasaran supports a pemda sasaran that does not exist.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/mendukung="KAB-S1"/mendukung="KAB-S9"/' $TMP/ws/opd-a.xml
%args check --link --lang en $TMP/ws
%exit 1
%stdout
$TMP/ws/opd-a.xml:14:24: error LKJ0401: sasaran 'A-S1' supports 'KAB-S9', which kab-contoh does not have
  hint: check the sasaran ids in kab-contoh's document; ids compare exactly, case included
lkjip: 4 files checked, 1 error, 0 warnings
