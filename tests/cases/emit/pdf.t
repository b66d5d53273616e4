# The DocBook makes a PDF the way make pdf does (Debian's DocBook XSL to FO,
# FOP to PDF, A4), and pdftoppm turns its pages into PNG without errors.
%release
%timeout 240
%args build samples/ -o $TMP/out --format docbook
%check d=$TMP/out/kab-sukamaju/dinkes && xsltproc --nonet --stringparam paper.type A4 --stringparam fop1.extensions 1 /usr/share/xml/docbook/stylesheet/docbook-xsl-ns/fo/docbook.xsl $d/lkjip.xml > $d/lkjip.fo 2>$TMP/fo.log && (cd $d && fop -q -fo lkjip.fo -pdf lkjip.pdf) > $TMP/fop.log 2>&1 && test -s $d/lkjip.pdf
%check pdftoppm -png -r 40 -f 1 -l 4 $TMP/out/kab-sukamaju/dinkes/lkjip.pdf $TMP/page 2>$TMP/ppm.log && test ! -s $TMP/ppm.log && [ "$(ls $TMP/page-*.png | wc -l)" = 4 ] && mkdir -p build/test-artifacts && cp "$(ls $TMP/page-*.png | head -1)" build/test-artifacts/dinkes-docbook-page1.png
%check pdftotext $TMP/out/kab-sukamaju/dinkes/lkjip.pdf - | grep -q "104,70"
