# The IR of a quarter in English is valid against schemas/report.xsd too:
# many values are not computable for Q3 (no quarterly target, annual data),
# so status/alasan without numbers, and the rule words are English.
%args build samples/ -o $TMP/out --period 2025-Q3 --lang en --report-lang en --format ir
%grep 8 reports written
%check n=0; for f in $(find $TMP/out -name ir.xml | LC_ALL=C sort); do xmllint --noout --nonet --schema schemas/report.xsd "$f" || exit 1; n=$((n + 1)); done; [ "$n" = 8 ]
%check grep -q '<periode tahun="2025" jenis="triwulan" ke="3" bulan-akhir="9"/>' $TMP/out/kab-sukamaju/ir.xml
%check grep -q 'status="tanpa-target" alasan="no target for this period"' $TMP/out/kab-sukamaju/dinkes/ir.xml
