# The DocBook LKjIP in English (--lang en): every unit valid DocBook 5.0,
# xml:lang="en", English chapter titles, no label missing ([key]), and the
# figures' SVG files present and well-formed.
%timeout 180
%args build samples/ -o $TMP/out --format docbook --lang en --report-lang en
%check test "$(find $TMP/out -name lkjip.xml | wc -l)" -eq 8
%check for f in $(find $TMP/out -name lkjip.xml); do jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng "$f" || exit 1; grep -q 'xml:lang="en"' "$f" || exit 1; done
%check ! grep -E '\[[a-z0-9-]+(\.[a-z0-9-]+)+\]' $(find $TMP/out -name lkjip.xml)
%check grep -q 'Chapter III Performance Accountability' $TMP/out/kab-sukamaju/dinkes/lkjip.xml
%check for f in $(find $TMP/out -name lkjip.xml); do d=$(dirname "$f"); for s in $(xmllint --xpath '//*[local-name()="imagedata"]/@fileref' "$f" | grep -o '"[^"]*"' | tr -d '"'); do xmllint --noout "$d/$s" || exit 1; done; done
