# A quarter (2025-Q3): many capaian cannot be computed (no target for the
# quarter, annual data not yet in). The DocBook stays valid for every unit
# and shows each such value as "tidak dihitung" with its reason, never as 0.
%timeout 180
%args build samples/ -o $TMP/out --format docbook --period 2025-Q3
%check for f in $(find $TMP/out -name lkjip.xml); do jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng "$f" || exit 1; done
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.xml; grep -q '<bibliocoverage>Triwulan III Tahun 2025</bibliocoverage>' $f && grep -q '<phrase role="tidak-dihitung">tidak dihitung</phrase> <phrase role="alasan">target untuk periode ini tidak ada</phrase>' $f && grep -q '2 dari 9 indikator sasaran mencapai target, 0 belum tercapai, 7 tidak dapat dihitung.' $f
# Charts are inline: no file beside the book.
%check test "$(find $TMP/out -type f ! -name lkjip.xml ! -name .lkjip-output | wc -l)" = 0
