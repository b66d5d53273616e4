# Issue 13 item 7: the unit's headline capaian is a profile policy
# (kebijakan capaian-unit) with a stated default, and the report says how
# it was made beside it. Default sasaran: Dinas Kesehatan's 100,72% is the
# mean of its three sasaran rows (100,26; 99,70; 102,20), as published
# LKjIPs average. tujuan: the mean of the tujuan, each measured by its own
# indicator when it has one (Tujuan 1 by UHH, 100,15%). indikator: the
# mean of the nine sasaran indicators.
%timeout 120
%setup for b in tujuan indikator; do cp -r samples $TMP/$b && sed -i "s#<kebijakan>#<kebijakan><capaian-unit>$b</capaian-unit>#" $TMP/$b/kab-sukamaju/lkjip.xml || exit 1; done
%args build samples/ -o $TMP/default --format ir,html --quiet --no-cache --state $TMP/s0
%check f=$TMP/default/kab-sukamaju/dinkes; grep -q '<capaian status="ok" aturan="rata-rata capaian" nilai="100.721217700174" tampil="100.72" kategori="ST" kategori-label="Sangat Tinggi" dihitung="3" dilewati="0"/>' $f/ir.xml && grep -q 'capaian-unit="sasaran"' $f/ir.xml && grep -q 'Cara menghitung: rata-rata capaian 3 sasaran (Sasaran 1: 100,26%; Sasaran 2: 99,70%; Sasaran 3: 102,20%).' $f/lkjip.html
%check $LKJIP build $TMP/tujuan -o $TMP/tujuan-out --format ir,html --quiet --no-cache --state $TMP/s1 && f=$TMP/tujuan-out/kab-sukamaju/dinkes && grep -q 'tampil="100.44" kategori="ST" kategori-label="Sangat Tinggi" dihitung="2" dilewati="0"/>' $f/ir.xml && grep -q 'Cara menghitung: rata-rata capaian 2 tujuan (Tujuan 1: 100,15%; Tujuan 2: 100,72%).' $f/lkjip.html && grep -q 'Capaian unit adalah rata-rata capaian tujuannya (kebijakan capaian-unit: tujuan).' $f/lkjip.html
%check $LKJIP build $TMP/indikator -o $TMP/indikator-out --format ir,html --quiet --no-cache --state $TMP/s2 && f=$TMP/indikator-out/kab-sukamaju/dinkes && grep -q 'tampil="100.72" kategori="ST" kategori-label="Sangat Tinggi" dihitung="9" dilewati="0"/>' $f/ir.xml && grep -q 'Cara menghitung: rata-rata capaian 9 indikator sasaran.' $f/lkjip.html
%check xmllint --noout --nonet --schema schemas/report.xsd $TMP/tujuan-out/kab-sukamaju/dinkes/ir.xml
