# A quarter (2025-Q3): many capaian cannot be computed (no target for the
# quarter, annual data not yet in). The DocBook stays valid for every unit
# and shows each such value as "tidak dihitung" with its reason, never as 0.
%timeout 180
%args build samples/ -o $TMP/out --format docbook --period 2025-Q3
%check for f in $(find $TMP/out -name lkjip.xml); do jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng "$f" || exit 1; done
%check grep -q 'Triwulan' $TMP/out/kab-sukamaju/dinkes/lkjip.xml && grep -q 'tidak dihitung' $TMP/out/kab-sukamaju/dinkes/lkjip.xml && grep -q 'Alasan: target untuk periode ini tidak ada' $TMP/out/kab-sukamaju/dinkes/lkjip.xml
%check for f in $(find $TMP/out -name lkjip.xml); do d=$(dirname "$f"); for s in $(xmllint --xpath '//*[local-name()="imagedata"]/@fileref' "$f" 2>/dev/null | grep -o '"[^"]*"' | tr -d '"'); do xmllint --noout "$d/$s" || exit 1; done; done
