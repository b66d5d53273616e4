# A pemda with 40 OPDs: the pohon kinerja holds every OPD sasaran and its
# program, laid out as one tall column (width bounded, height per row).
%setup cp -r tests/data/link/base $TMP/ws && rm $TMP/ws/opd-b.xml && for i in $(seq -w 1 40); do sed "s/dinas-a/dinas-$i/; s/\"A-/\"D$i-/g; s/A-S1/D$i-S1/g; s/A-I1/D$i-I1/g; s/kode=\"1.02.0.00.0.00.01.0000\"/kode=\"1.02.0.00.0.00.$i.0000\"/" $TMP/ws/opd-a.xml > $TMP/ws/opd-$i.xml; done && rm $TMP/ws/opd-a.xml
%args build $TMP/ws -o $TMP/out --format ir,html
%check [ "$(grep -c 'jenis="sasaran-opd"' $TMP/out/kab-contoh/ir.xml)" = 40 ]
%check [ "$(grep -c 'jenis="program"' $TMP/out/kab-contoh/ir.xml)" = 40 ]
%check w=$(grep -o '<pohon-kinerja lebar="[0-9]*"' $TMP/out/kab-contoh/ir.xml | grep -o '[0-9]*'); [ "$w" -le 1200 ]
%check grep -q 'Pohon Kinerja' $TMP/out/kab-contoh/lkjip.html
%check [ "$(grep -o '<title>[^<]*Sasaran dinas-[0-9]*' $TMP/out/kab-contoh/lkjip.html | sort -u | wc -l)" -ge 40 ]
