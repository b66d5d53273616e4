# The same in Indonesian, through the cache: a second run takes the
# rejected file's ids from its cache entry and says the same notes.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's#<nama>Kabupaten Contoh</nama>##' $TMP/ws/kab.xml && build/check/lkjip check --link --cache $TMP/c $TMP/ws > $TMP/first.txt; true
%args check --link --cache $TMP/c $TMP/ws
%exit 1
%grep lkjip.xml:2:1: catatan LKJ0416: entitas profil tidak ditautkan karena 'kab-contoh' ada di berkas .*/ws/kab.xml, yang ditolak
%grep opd-a.xml:3:3: catatan LKJ0416: induk unit 'dinas-a' tidak ditautkan karena 'kab-contoh' ada di berkas .*/ws/kab.xml, yang ditolak
%nogrep LKJ0411|LKJ0408
%check diff <(grep -v '^lkjip:' $TMP/first.txt) <(grep -v '^lkjip:' $OUT)
%grep 4 berkas diperiksa \(4 dari cache\)
