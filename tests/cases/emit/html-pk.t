# The Perjanjian Kinerja page of DPUPR, whose PK was revised: the version in
# force (versi 2, PERUBAHAN) with its date, both parties (pihak kedua left,
# pihak pertama right), the annex with versi 2's target for PUPR-JALAN
# (76,5, not versi 1's 78), PUPR-JEMBATAN keeping its versi 1 target (85),
# and the program budgets with their total.
%args build samples/ -o $TMP/out --format pk
%check f=$TMP/out/kab-sukamaju/dpupr/pk.html; grep -q 'PERJANJIAN KINERJA PERUBAHAN TAHUN 2025' $f && grep -q 'Nomor: 600/137/PK-P/DPUPR/2025' $f
%check f=$TMP/out/kab-sukamaju/dpupr/pk.html; grep -q 'Sukamaju, 15 September 2025' $f && ! grep -q '6 Januari 2025' $f
%check f=$TMP/out/kab-sukamaju/dpupr/pk.html; grep -Eq 'PIHAK KEDUA,.*PIHAK PERTAMA,' $f && grep -q 'Ir. Agus Setiawan, M.T.' $f && grep -q 'NIP. 197106201998031004' $f
%check f=$TMP/out/kab-sukamaju/dpupr/pk.html; grep -Eq 'Kondisi Mantap</td><td class="pk-target">76,5 ' $f && ! grep -Eq 'Kondisi Mantap</td><td class="pk-target">78 ' $f
%check f=$TMP/out/kab-sukamaju/dpupr/pk.html; grep -Eq 'Kondisi Baik</td><td class="pk-target">85 ' $f
%check f=$TMP/out/kab-sukamaju/dpupr/pk.html; grep -q '<th class="pk-jumlah">Jumlah</th><td class="pk-rp pk-total">Rp23.530.000.000</td>' $f
%check f=$TMP/out/kab-sukamaju/dpupr/pk.html; ! grep -Eo 'https?://[^"<> ]*' $f && ! grep -Eqi '<script|<link|url\(' $f
%check f=$TMP/out/kab-sukamaju/dpupr/pk.html; ! xmllint --html --noout $f 2>&1 | grep 'parser error' | grep -vq 'Tag [a-zA-Z]* invalid'
