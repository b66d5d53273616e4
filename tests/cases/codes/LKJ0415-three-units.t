# Three OPDs in one folder: 'dinas-a', 'DINAS-A' (case only) and 'dinas.a'
# ('.' is written '-'). Each later one is reported, naming the first, which
# keeps the folder. explain gives the mapping and why case is folded.
%setup cp -r tests/data/link/base $TMP/ws && sed 's/id="dinas-b"/id="DINAS-A"/; s/"B-/"C-/g' tests/data/link/base/opd-b.xml > $TMP/ws/opd-c.xml && sed 's/id="dinas-b"/id="dinas.a"/; s/"B-/"D-/g' tests/data/link/base/opd-b.xml > $TMP/ws/opd-d.xml
%args check --link --lang en $TMP/ws
%exit 1
%check build/check/lkjip explain LKJ0415 | grep -q "huruf kecil, dan setiap karakter selain a-z, 0-9, '_' dan '-' (yaitu '.') ditulis '-'"
%check build/check/lkjip explain LKJ0415 --lang en | grep -q 'such as SMB/Windows shares, where DINAS-X and dinas-x are one folder'
%stdout
$TMP/ws/opd-c.xml:3:3: error LKJ0415: unit 'DINAS-A' would be written to the folder 'kab-contoh/dinas-a', which unit 'dinas-a' ($TMP/ws/opd-a.xml:3) already has
  hint: change one of the unit ids: a folder name is the id in lower case, with '.' written '-'
$TMP/ws/opd-c.xml:3:3: error LKJ0420: unit 'DINAS-A' has the code '1.06.0.00.0.00.01.0000', which unit 'dinas-b' ($TMP/ws/opd-b.xml:3) of the same pemda already has
  hint: check the unit code (Kepmendagri 050) in <unit kode="...">: one code per OPD; a file copied from another OPD must get its own code or be removed
$TMP/ws/opd-d.xml:3:3: error LKJ0415: unit 'dinas.a' would be written to the folder 'kab-contoh/dinas-a', which unit 'dinas-a' ($TMP/ws/opd-a.xml:3) already has
  hint: change one of the unit ids: a folder name is the id in lower case, with '.' written '-'
$TMP/ws/opd-d.xml:3:3: error LKJ0420: unit 'dinas.a' has the code '1.06.0.00.0.00.01.0000', which unit 'dinas-b' ($TMP/ws/opd-b.xml:3) of the same pemda already has
  hint: check the unit code (Kepmendagri 050) in <unit kode="...">: one code per OPD; a file copied from another OPD must get its own code or be removed
lkjip: 6 files checked, 4 errors, 0 warnings
