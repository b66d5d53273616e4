# A stylesheet (your own, with --stylesheets) may not read files outside its
# folder nor write any: the transform fails with LKJ0903, nothing leaks,
# nothing is written, and the exit status is 3.
%setup mkdir -p $TMP/ss && printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl"><xsl:template match="/"><x><xsl:value-of select="document(%s)"/><exsl:document href="%s/pwned.txt" method="text">pwned</exsl:document></x></xsl:template></xsl:stylesheet>' "'/etc/passwd'" "$TMP" > $TMP/ss/lkjip-html.xsl
%args build tests/data/link/base -o $TMP/out --format html --stylesheets $TMP/ss --lang en
%exit 3
%nonet
%grep fatal LKJ0903: the stylesheet lkjip-html.xsl failed: .*Local file read for /etc/passwd refused
%nogrep root:
%check test ! -e $TMP/pwned.txt
%check test ! -e $TMP/out/kab-contoh/lkjip.html
