<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-text.xsl: the reading text of an HTML report (parsed with
  xsltproc with its html option), one line per heading, table cell and paragraph:

    judul<TAB>text   h1..h6, table caption, figcaption
    sel<TAB>text     th, td (in the order thead, tbody, tfoot)
    p<TAB>text       p, li (its own text, without the list inside it)

  whitespace normalised. The cover (div.sampul), the navigation (nav), the
  head and every SVG are skipped. tests/parity.sh compares it with
  docbook-text.xsl's lines for the DocBook made from the same document.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/"><xsl:apply-templates select="//body"/></xsl:template>

  <!-- walk the blocks in document order -->
  <xsl:template match="*"><xsl:apply-templates select="*"/></xsl:template>

  <xsl:template match="head | nav | svg | div[contains(concat(' ', @class, ' '), ' sampul ')]"/>

  <xsl:template match="table">
    <xsl:apply-templates select="caption"/>
    <xsl:apply-templates select="thead | tr"/>
    <xsl:apply-templates select="tbody"/>
    <xsl:apply-templates select="tfoot"/>
  </xsl:template>

  <xsl:template match="h1 | h2 | h3 | h4 | h5 | h6 | caption | figcaption">
    <xsl:call-template name="line"><xsl:with-param name="kind" select="'judul'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="th | td">
    <xsl:call-template name="line"><xsl:with-param name="kind" select="'sel'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="p">
    <xsl:call-template name="line"><xsl:with-param name="kind" select="'p'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="li">
    <xsl:call-template name="line"><xsl:with-param name="kind" select="'p'"/></xsl:call-template>
    <xsl:apply-templates select="ul | ol"/>
  </xsl:template>

  <xsl:template name="line">
    <xsl:param name="kind"/>
    <xsl:variable name="text"><xsl:apply-templates mode="text"/></xsl:variable>
    <xsl:value-of select="concat($kind, '&#9;', normalize-space($text), '&#10;')"/>
  </xsl:template>

  <xsl:template match="text()" mode="text"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="*" mode="text"><xsl:apply-templates mode="text"/></xsl:template>
  <xsl:template match="svg | ul | ol" mode="text"/>
</xsl:stylesheet>
