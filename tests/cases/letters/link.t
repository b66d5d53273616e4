# Problems found linking the workspace go to the letter of the file they are
# in, marked as found linking it with the others; that file is rejected
# though each file alone is clean, and the others stay accepted.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/mendukung="KAB-S1"/mendukung="KAB-S9"/' $TMP/ws/opd-a.xml
%args check --link --letters $TMP/l $TMP/ws
%exit 1
%check f=$TMP/l/dinas-a.html && grep -q "opd-a.xml" $f && grep -q '<section class="putusan ditolak">' $f && grep -q 'LKJ0401' $f && grep -q 'baris 14, kolom 24 · ditemukan saat menautkan dengan berkas lain' $f && grep -q "KAB-S9" $f && grep -q '<mark>' $f
%check [ "$(grep -l 'putusan diterima' $TMP/l/*.html | wc -l)" = 3 ]
%check grep -q '<p>3 dari 4 kiriman diterima, 1 ditolak.</p>' $TMP/l/index.html
%grep ^lkjip: 5 surat ditulis ke
