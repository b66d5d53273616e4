<?xml version="1.0" encoding="UTF-8"?>
<!-- bench/plain/rows.xsl: the numbers of capaian.xsl as text lines
     "ID<tab>capaian rounded to 2 decimals" (bench/plain/compare.sh). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:s="urn:lkjip:submission:1" exclude-result-prefixes="s">
  <xsl:import href="capaian.xsl"/>
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:variable name="tahun" select="s:submisi/@tahun"/>
    <xsl:for-each select="//s:indikator">
      <xsl:variable name="r-rtf">
        <xsl:call-template name="measure"><xsl:with-param name="tahun" select="$tahun"/></xsl:call-template>
      </xsl:variable>
      <xsl:variable name="c" select="string(exsl:node-set($r-rtf)/r/@capaian)" xmlns:exsl="http://exslt.org/common"/>
      <xsl:value-of select="@id"/>
      <xsl:text>&#9;</xsl:text>
      <xsl:if test="$c != ''"><xsl:value-of select="format-number($c, '0.00')"/></xsl:if>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
