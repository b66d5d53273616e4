# Issue 13: lkjip's own stylesheets write the attributes of rows, cells,
# spans and sections with <lkj:atribut peran="class" …/> (docs/present.md,
# "Attributes renamed"), not xsl:attribute, which cost a tenth of a build.
# The reports are byte for byte those of the instructions' xsl:fallback, the
# path a stylesheet takes without lkjip (here: the same stylesheets with the
# extension's namespace changed, so lkjip does not know the instruction),
# in both languages and part by part; xsltproc takes the fallback too.
%timeout 300
%setup cp -R stylesheets $TMP/fb && sed -i '0,/xmlns:lkj="urn:lkjip:emit:1"/s//xmlns:lkj="urn:lkjip:test:tidak-dikenal"/' $TMP/fb/lkjip-html.xsl $TMP/fb/lkjip-docbook.xsl
%setup LKJIP_STREAM=never build/check/lkjip build samples -o $TMP/ext --format html,docbook --no-cache --quiet --state $TMP/s1
%args --version
%check grep -c '<lkj:atribut' stylesheets/lkjip-html.xsl | grep -qx '[0-9]*' && [ "$(grep -c '<lkj:atribut' stylesheets/lkjip-docbook.xsl)" -ge 8 ] && grep -q 'urn:lkjip:test:tidak-dikenal' $TMP/fb/lkjip-html.xsl && grep -q 'xmlns:lkj="urn:lkjip:emit:1"/>' $TMP/fb/lkjip-html.xsl
%check LKJIP_STREAM=never build/check/lkjip build samples -o $TMP/fallback --format html,docbook --no-cache --quiet --state $TMP/s2 --stylesheets $TMP/fb && diff -r $TMP/ext $TMP/fallback
%check grep -q '<td class="angka">' $TMP/ext/kab-sukamaju/dinkes/lkjip.html && grep -q '<td class="[a-z-]*" rowspan="[0-9]*">' $TMP/ext/kab-sukamaju/dinkes/lkjip.html && grep -q '<entry role="angka" colname="c[0-9]*">' $TMP/ext/kab-sukamaju/dinkes/lkjip.xml && grep -q 'namest="c[0-9]*" nameend="c[0-9]*"' $TMP/ext/kab-sukamaju/dinkes/lkjip.xml && grep -q '<section xml:id="[^"]*" role="[^"]*"' $TMP/ext/kab-sukamaju/dinkes/lkjip.xml
%check build/check/lkjip build samples -o $TMP/ext-en --format html,docbook --no-cache --quiet --state $TMP/s3 --report-lang en && build/check/lkjip build samples -o $TMP/fb-en --format html,docbook --no-cache --quiet --state $TMP/s4 --report-lang en --stylesheets $TMP/fb && diff -r $TMP/ext-en $TMP/fb-en
%check LKJIP_STREAM=always build/check/lkjip build samples -o $TMP/parts --format html,docbook --no-cache --quiet --state $TMP/s5 && diff -r $TMP/ext $TMP/parts
%check xsltproc --nonet stylesheets/lkjip-html.xsl tests/data/present/sample.xml > $TMP/x1.html && xsltproc --nonet $TMP/fb/lkjip-html.xsl tests/data/present/sample.xml | cmp - $TMP/x1.html && grep -q '<td class="angka"' $TMP/x1.html
