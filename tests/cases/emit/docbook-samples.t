# DocBook 5 LKjIP for every sample unit (the kabupaten, its six OPDs and the
# provinsi): each lkjip.xml validates against the DocBook 5.0 RNG once lkjip
# has taken the lkj:berkas elements out (none is left), and every SVG a
# figure refers to exists beside it under a safe lower-case name, is
# well-formed and has an svg root in the SVG namespace.
%timeout 180
%args build samples/ -o $TMP/out --format docbook
%check test "$(find $TMP/out -name lkjip.xml | wc -l)" -eq 8
%check for f in $(find $TMP/out -name lkjip.xml); do jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng "$f" || exit 1; done
%check ! grep -l 'urn:lkjip:emit:1' $(find $TMP/out -name lkjip.xml)
%check for f in $(find $TMP/out -name lkjip.xml); do d=$(dirname "$f"); refs=$(xmllint --xpath '//*[local-name()="imagedata"]/@fileref' "$f" | grep -o '"[^"]*"' | tr -d '"'); test -n "$refs" || { echo "no figure in $f"; exit 1; }; for s in $refs; do echo "$s" | grep -Eqx '[a-z0-9][a-z0-9._-]*\.svg' || { echo "bad name $s"; exit 1; }; test "$(xmllint --xpath 'namespace-uri(/*)' "$d/$s")" = http://www.w3.org/2000/svg || { echo "not svg: $d/$s"; exit 1; }; test "$(xmllint --xpath 'local-name(/*)' "$d/$s")" = svg || exit 1; done; done
# The book: xml:lang, the four chapters, the preface and the PK appendix;
# the seven analyses for each sasaran (7 headings per sasaran section).
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.xml; test "$(xmllint --xpath 'count(/*[local-name()="book"]/*[local-name()="chapter"])' $f)" = 4 && test "$(xmllint --xpath 'count(/*/*[local-name()="preface"])' $f)" = 1 && test "$(xmllint --xpath 'count(/*/*[local-name()="appendix"])' $f)" = 1 && grep -q 'xml:lang="id"' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.xml; n=$(grep -c '<title>(7) ' $f); test "$n" -ge 3 && test "$(grep -c '<title>(1) ' $f)" = "$n"
# Capaian as the IR shows it (tampil, decimal comma, category, rule), the
# pohon kinerja figure for the pemda, and the crosscutting matrix.
%check grep -q '104,70.%' $TMP/out/kab-sukamaju/dinkes/lkjip.xml && grep -q 'Sangat Tinggi' $TMP/out/kab-sukamaju/dinkes/lkjip.xml && grep -q 'negatif (2T−R)/T×100' $TMP/out/kab-sukamaju/dinkes/lkjip.xml
%check test -s $TMP/out/kab-sukamaju/pohon-kinerja.svg && grep -q 'fileref="pohon-kinerja.svg"' $TMP/out/kab-sukamaju/lkjip.xml && grep -q 'Matriks Crosscutting' $TMP/out/kab-sukamaju/lkjip.xml
