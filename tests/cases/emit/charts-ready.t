# Issue 13: lkjip's own stylesheets take the charts ready-made
# (<lkj:grafik-jadi/>, docs/present.md "Charts ready-made"): each chart is
# serialised once and put where the stylesheet copied its mark. The reports
# are byte for byte those of the same stylesheets without the declaration,
# which copy the SVG node by node (HTML: <rect></rect>, DocBook: <rect/>),
# in both languages; no mark is left in them.
%timeout 240
%setup cp -R stylesheets $TMP/copying && sed -i '/<lkj:grafik-jadi/d' $TMP/copying/lkjip-html.xsl $TMP/copying/lkjip-docbook.xsl
%setup LKJIP_STREAM=never build/check/lkjip build samples -o $TMP/ready --format html,docbook --no-cache --quiet --state $TMP/s1
%args --version
%check grep -q 'grafik-jadi' stylesheets/lkjip-html.xsl && grep -q 'grafik-jadi' stylesheets/lkjip-docbook.xsl && ! grep -q 'grafik-jadi' $TMP/copying/lkjip-html.xsl
%check LKJIP_STREAM=never build/check/lkjip build samples -o $TMP/copied --format html,docbook --no-cache --quiet --state $TMP/s2 --stylesheets $TMP/copying && diff -r $TMP/ready $TMP/copied
%check ! grep -rl '<?lkjip' $TMP/ready --include='*.html' --include='*.xml'
%check [ "$(grep -o '<svg ' $TMP/ready/kab-sukamaju/dinkes/lkjip.html | wc -l)" = 25 ] && [ "$(grep -o '<svg ' $TMP/ready/kab-sukamaju/dinkes/lkjip.xml | wc -l)" = 25 ]
%check grep -q '<rect [^>]*></rect>' $TMP/ready/kab-sukamaju/dinkes/lkjip.html && grep -q '<rect [^>]*/>' $TMP/ready/kab-sukamaju/dinkes/lkjip.xml && grep -q 'Target dan realisasi — Menurunnya' $TMP/ready/kab-sukamaju/dinkes/lkjip.html
%check build/check/lkjip build samples -o $TMP/ready-en --format html,docbook --no-cache --quiet --state $TMP/s3 --report-lang en && build/check/lkjip build samples -o $TMP/copied-en --format html,docbook --no-cache --quiet --state $TMP/s4 --report-lang en --stylesheets $TMP/copying && diff -r $TMP/ready-en $TMP/copied-en
