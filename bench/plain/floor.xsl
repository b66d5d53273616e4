<?xml version="1.0" encoding="UTF-8"?>
<!--
  bench/plain/floor.xsl: the floor of any XSLT build of lkjip's reports.
  libxslt writes one unit's finished output (lkjip's own, read once) for
  every output named in a list, computing nothing and reading no input:

    xsltproc, string parameters html=R.xml [docbook=D.xml], floor.xsl LIST

  LIST is <berkas><f out="/abs/out/x"/> ...</berkas>. Each f gets x.html
  (method html) and, with docbook, x.xml: the two files lkjip writes per
  unit (the DocBook report carries its charts inline, as SVG in imagedata).
  R.xml is an HTML report in XML form (xmllint, options html and xmlout).
  No stylesheet that draws the same reports can be faster than this copy:
  it is the cost of the output alone.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl">
  <xsl:param name="html"/>
  <xsl:param name="docbook" select="''"/>
  <xsl:variable name="html-report" select="document($html)"/>

  <xsl:template match="/">
    <xsl:for-each select="berkas/f">
      <xsl:variable name="out" select="@out"/>
      <exsl:document href="{$out}.html" method="html" encoding="UTF-8" indent="no">
        <xsl:copy-of select="$html-report/node()"/>
      </exsl:document>
      <xsl:if test="$docbook != ''">
        <exsl:document href="{$out}.xml" method="xml" encoding="UTF-8" indent="no">
          <xsl:copy-of select="document($docbook)/node()"/>
        </exsl:document>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
