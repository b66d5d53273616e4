# A DocBook stylesheet may ask for any number of files beside its document:
# 5000 lkj:berkas (more than the 4096 lkjip once kept, silently leaving the
# rest inside the document) are all written, none stays in lkjip.xml. Your
# own stylesheet here (--stylesheets), made by halving, not by a recursion
# 5000 deep.
%setup mkdir -p $TMP/ss && printf '%s' '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:lkj="urn:lkjip:emit:1"><xsl:template match="/"><book><xsl:call-template name="files"><xsl:with-param name="from" select="1"/><xsl:with-param name="to" select="5000"/></xsl:call-template></book></xsl:template><xsl:template name="files"><xsl:param name="from"/><xsl:param name="to"/><xsl:choose><xsl:when test="$from = $to"><lkj:berkas nama="grafik-{$from}.svg"><svg xmlns="http://www.w3.org/2000/svg"><title><xsl:value-of select="$from"/></title></svg></lkj:berkas></xsl:when><xsl:otherwise><xsl:variable name="mid" select="floor(($from + $to) div 2)"/><xsl:call-template name="files"><xsl:with-param name="from" select="$from"/><xsl:with-param name="to" select="$mid"/></xsl:call-template><xsl:call-template name="files"><xsl:with-param name="from" select="$mid + 1"/><xsl:with-param name="to" select="$to"/></xsl:call-template></xsl:otherwise></xsl:choose></xsl:template></xsl:stylesheet>' > $TMP/ss/lkjip-docbook.xsl && cp $TMP/ss/lkjip-docbook.xsl $TMP/ss/lkjip-html.xsl
%args build --lang en --format docbook --no-cache --stylesheets $TMP/ss tests/data/ok/minimal.xml -o $TMP/out
%timeout 60
%check test "$(find $TMP/out/dinkes -name 'grafik-*.svg' | wc -l)" = 5000
%check grep -q '<title>4097</title>' $TMP/out/dinkes/grafik-4097.svg && grep -q '<title>5000</title>' $TMP/out/dinkes/grafik-5000.svg
%check ! grep -q 'berkas' $TMP/out/dinkes/lkjip.xml
%stdout
tests/data/ok/minimal.xml:3:3: warning LKJ0408: unit 'dinkes' names the parent 'kab-sukamaju', which is not among the inputs
  hint: include kab-sukamaju's file; until then, mendukung references to its sasaran are not checked
lkjip: 1 file read, 1 unit, 1 report written to $TMP/out, 0 errors, 1 warning
