# Units whose inputs did not change are not even lowered; the ones whose
# inputs did are. Whatever is edited (an OPD, the pemda with the composite
# IPM, the provinsi, the profile's policy, the gzipped OPD) or removed, an
# incremental build gives byte for byte what a clean --no-cache build of
# the same workspace gives, and the reports of a unit that left the
# workspace leave the output folder with it.
%timeout 240
%setup cp -r samples $TMP/ws && build/check/lkjip build $TMP/ws -o $TMP/out --format ir,html > /dev/null
%args build $TMP/ws -o $TMP/out --format ir,html
%check set -e; same() { rm -rf $TMP/clean; build/check/lkjip build $TMP/ws -o $TMP/out --format ir,html > $TMP/inc.txt || [ $? = 1 ]; build/check/lkjip build --no-cache $TMP/ws -o $TMP/clean --format ir,html > /dev/null || [ $? = 1 ]; diff -r $TMP/clean $TMP/out; ! grep -q '(9 dari cache)' $TMP/inc.txt; grep -q "$1 tidak berubah" $TMP/inc.txt; }; sed -i '0,/<tahunan nilai="71.35"\/>/s//<tahunan nilai="70.35"\/>/' $TMP/ws/kab-sukamaju/opd-dlh.xml; same '(14'; sed -i '0,/<tahunan nilai="74.71"\/>/s//<tahunan nilai="75.71"\/>/' $TMP/ws/kab-sukamaju/kab-sukamaju.xml; same ''; sed -i '0,/<tahunan nilai="74.35"\/>/s//<tahunan nilai="75.35"\/>/' $TMP/ws/provinsi/prov-jateng.xml; same ''; sed -i 's/<batas-atas>tanpa</<batas-atas>120</' $TMP/ws/kab-sukamaju/lkjip.xml; same ''; zcat $TMP/ws/kab-sukamaju/opd-dinsos.xml.gz | sed '0,/<tahunan nilai="[0-9.]*"\/>/s//<tahunan nilai="1"\/>/' | gzip -n > $TMP/d.gz && mv $TMP/d.gz $TMP/ws/kab-sukamaju/opd-dinsos.xml.gz; same ''; rm $TMP/ws/kab-sukamaju/opd-bappeda.xml; same ''; [ ! -e $TMP/out/kab-sukamaju/bappeda ]
%stdout
lkjip: 9 berkas dibaca (9 dari cache), 8 unit, 16 laporan ditulis ke $TMP/out (16 tidak berubah), 0 kesalahan, 0 peringatan
