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
# Charts inline (issue 13): every figure's imagedata holds its SVG, no file
# is referred to, and a unit folder holds its book alone.
%check for f in $(find $TMP/out -name lkjip.xml); do n=$(xmllint --xpath 'count(//*[local-name()="imagedata"][@format="svg"]/*[local-name()="svg" and namespace-uri()="http://www.w3.org/2000/svg"])' "$f"); test "$n" -ge 3 || { echo "$n figures in $f"; exit 1; }; test "$(xmllint --xpath 'count(//*[local-name()="imagedata"][@fileref])' "$f")" = 0 || exit 1; done
%check test "$(find $TMP/out -type f ! -name lkjip.xml ! -name .lkjip-output | wc -l)" = 0
# The book: xml:lang, the four chapters, the preface and the PK appendix;
# the seven analyses for each sasaran (7 headings per sasaran section).
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.xml; test "$(xmllint --xpath 'count(/*[local-name()="book"]/*[local-name()="chapter"])' $f)" = 4 && test "$(xmllint --xpath 'count(/*/*[local-name()="preface"])' $f)" = 1 && test "$(xmllint --xpath 'count(/*/*[local-name()="appendix"])' $f)" = 3 && grep -q 'xml:lang="id"' $f
%check f=$TMP/out/kab-sukamaju/dinkes/lkjip.xml; n=$(grep -o '<title><phrase role="nomor-analisis">(7)' $f | wc -l); test "$n" = 3 && test "$(grep -o '<title><phrase role="nomor-analisis">(1)' $f | wc -l)" = "$n"
# Capaian as the IR shows it (tampil, decimal comma, category, rule), the
# pohon kinerja figure for the pemda, and the crosscutting matrix.
%check grep -q '104,70%' $TMP/out/kab-sukamaju/dinkes/lkjip.xml && grep -q 'Sangat Tinggi' $TMP/out/kab-sukamaju/dinkes/lkjip.xml && grep -q 'negatif (2T−R)/T×100' $TMP/out/kab-sukamaju/dinkes/lkjip.xml
%check f=$TMP/out/kab-sukamaju/lkjip.xml; grep -q '<title>Lampiran: Pohon Kinerja' $f && test "$(grep -o '<title>Pohon Kinerja — ' $f | wc -l)" -ge 5 && grep -q 'Matriks Crosscutting' $f
