# An OPD sasaran supports another OPD's sasaran: same level, not the parent.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/mendukung="KAB-S1"/mendukung="B-S1"/' $TMP/ws/opd-a.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep opd-a.xml:14:24: error LKJ0403: sasaran 'A-S1' refers to 'B-S1', a sasaran of dinas-b \(opd\), not of the parent unit kab-contoh
