# An OPD names another OPD as its parent.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/induk="kab-contoh"/induk="dinas-b"/' $TMP/ws/opd-a.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep opd-a.xml:3:3: error LKJ0403: unit 'dinas-a' refers to 'dinas-b', which is not a unit one level above opd
