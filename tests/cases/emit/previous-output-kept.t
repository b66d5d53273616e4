# A build that fails (here: a stylesheet error) leaves the previous good
# output untouched: files are written to a temporary name and renamed.
%setup mkdir -p $TMP/ss && printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><html><xsl:message terminate="yes">stop</xsl:message></html></xsl:template></xsl:stylesheet>' > $TMP/ss/lkjip-html.xsl
%setup build/lkjip build tests/data/link/base -o $TMP/out --format ir > /dev/null && cp $TMP/out/kab-contoh/ir.xml $TMP/ir-before.xml && printf 'OLD REPORT\n' > $TMP/out/kab-contoh/lkjip.html
%args build tests/data/link/base -o $TMP/out --format html --stylesheets $TMP/ss
%exit 3
%check grep -qx 'OLD REPORT' $TMP/out/kab-contoh/lkjip.html
%check cmp $TMP/ir-before.xml $TMP/out/kab-contoh/ir.xml
%check test -z "$(find $TMP/out -name '*.tmp.*')"
