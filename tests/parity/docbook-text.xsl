<?xml version="1.0" encoding="UTF-8"?>
<!--
  docbook-text.xsl: the reading text of a DocBook 5 report, one line per
  heading, table cell and paragraph, as html-text.xsl writes it for HTML:

    judul<TAB>text   the title of a preface, chapter, appendix, section,
                     table or figure
    sel<TAB>text     entry (in the order thead, tbody, tfoot)
    p<TAB>text       para

  whitespace normalised. The book's info (the cover), anchors and the
  charts inside imagedata are skipped.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:db="http://docbook.org/ns/docbook">
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="*"><xsl:apply-templates select="*"/></xsl:template>

  <xsl:template match="db:book/db:info | db:imagedata | db:anchor"/>

  <xsl:template match="db:tgroup">
    <xsl:apply-templates select="db:thead"/>
    <xsl:apply-templates select="db:tbody"/>
    <xsl:apply-templates select="db:tfoot"/>
  </xsl:template>

  <xsl:template match="db:title">
    <xsl:call-template name="line"><xsl:with-param name="kind" select="'judul'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="db:entry">
    <xsl:call-template name="line"><xsl:with-param name="kind" select="'sel'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="db:para">
    <xsl:call-template name="line"><xsl:with-param name="kind" select="'p'"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="line">
    <xsl:param name="kind"/>
    <xsl:value-of select="concat($kind, '&#9;', normalize-space(.), '&#10;')"/>
  </xsl:template>
</xsl:stylesheet>
