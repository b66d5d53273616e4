# Only a stylesheet that declares <lkj:bertahap/> in its own file is given a
# report part by part (docs/present.md, "Part by part"). One of the user's
# own without the declaration gets the whole presented document, also for a
# unit made part by part, and writes what it writes from the whole. One that
# declares it but does not copy the processing instruction lkjip stops the
# build with LKJ0903 naming the promise, and nothing is published.
%timeout 200
%setup cp -R stylesheets $TMP/own && sed -i '/<lkj:bertahap/d' $TMP/own/lkjip-html.xsl && sed -i 's#<xsl:template match="p:p">#<xsl:template match="p:p"><xsl:comment>sendiri</xsl:comment>#' $TMP/own/lkjip-html.xsl
%setup cp -R stylesheets $TMP/broken && sed -i "/match=\"processing-instruction('lkjip')\"/d" $TMP/broken/lkjip-html.xsl
%setup LKJIP_STREAM=never build/check/lkjip build samples -o $TMP/whole --format html --no-cache --quiet --state $TMP/s1 --stylesheets $TMP/own
%args explain LKJ0903
%check grep -q '<!--sendiri-->' $TMP/whole/kab-sukamaju/dinkes/lkjip.html
%check LKJIP_STREAM=always build/check/lkjip build samples -o $TMP/parts --format html --no-cache --quiet --state $TMP/s2 --stylesheets $TMP/own && diff -r $TMP/whole $TMP/parts
%check rc=0; LKJIP_STREAM=always build/check/lkjip build samples -o $TMP/broken-out --format html --no-cache --quiet --state $TMP/s3 --stylesheets $TMP/broken --lang en -j 1 >$TMP/err 2>&1 || rc=$?; cat $TMP/err; [ $rc = 3 ] && grep -q 'fatal LKJ0903: the stylesheet lkjip-html.xsl failed: given a report part by part (lkj:bertahap), it did not copy each processing instruction lkjip once' $TMP/err && ! grep -q Sanitizer $TMP/err && [ ! -e $TMP/broken-out/kab-sukamaju ]
