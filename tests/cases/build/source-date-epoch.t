# Without a report date in the profile, the date comes from
# SOURCE_DATE_EPOCH (reproducible builds), else there is none: never the clock.
%args build tests/data/link/base -o $TMP/none --format ir
%check ! grep -q 'tanggal=' $TMP/none/kab-contoh/ir.xml
%check SOURCE_DATE_EPOCH=1767225600 build/lkjip build tests/data/link/base -o $TMP/epoch --format ir,html > /dev/null && grep -q 'tanggal="2026-01-01"' $TMP/epoch/kab-contoh/ir.xml && grep -q '1 Januari 2026' $TMP/epoch/kab-contoh/lkjip.html
%check SOURCE_DATE_EPOCH=1767225600 build/lkjip build tests/data/link/base -o $TMP/again --format ir,html > /dev/null && diff -r -x .lkjip-cache $TMP/epoch $TMP/again
