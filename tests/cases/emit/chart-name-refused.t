# A DocBook stylesheet that asks for two files of one name, or for a name
# that is not a plain safe file name ('..', a folder, upper case), fails
# with LKJ0903 and writes nothing of the unit; exit 3.
%setup mkdir -p $TMP/ss $TMP/bad && printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:lkj="urn:lkjip:emit:1"><xsl:template match="/"><book><lkj:berkas nama="a.svg"><svg/></lkj:berkas><lkj:berkas nama="b.svg"><svg/></lkj:berkas><lkj:berkas nama="a.svg"><svg/></lkj:berkas></book></xsl:template></xsl:stylesheet>' > $TMP/ss/lkjip-docbook.xsl && cp $TMP/ss/lkjip-docbook.xsl $TMP/ss/lkjip-html.xsl
%setup sed 's/nama="b.svg"/nama="..\/b.svg"/' $TMP/ss/lkjip-docbook.xsl > $TMP/bad/lkjip-docbook.xsl && cp $TMP/bad/lkjip-docbook.xsl $TMP/bad/lkjip-html.xsl
%args build --lang en --format docbook --no-cache --stylesheets $TMP/ss tests/data/ok/minimal.xml -o $TMP/out
%exit 3
%grep fatal LKJ0903: the stylesheet lkjip-docbook.xsl failed: two lkj:berkas named a.svg
%check test ! -e $TMP/out/dinkes
%check build/check/lkjip build --lang en --format docbook --no-cache --stylesheets $TMP/bad tests/data/ok/minimal.xml -o $TMP/out2 > $TMP/out2.txt; test $? = 3 && grep -q 'failed: lkj:berkas without a safe name' $TMP/out2.txt && test ! -e $TMP/out2/dinkes && test ! -e $TMP/b.svg
