# mendukung names an indikator, not a sasaran.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's/mendukung="KAB-S1"/mendukung="KAB-UHH"/' $TMP/ws/opd-a.xml
%args check --link --lang en $TMP/ws
%exit 1
%grep opd-a.xml:14:24: error LKJ0403: sasaran 'A-S1' refers to 'KAB-UHH', which is an indikator, not a sasaran
