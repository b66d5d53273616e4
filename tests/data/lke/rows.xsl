<?xml version="1.0" encoding="UTF-8"?>
<!-- A DocBook book of lkjip evaluasi as lines, for tests/cases/lke:
     "# title" per chapter or section, "p text" per paragraph or list item,
     and each table row as its cells joined by " | " (white space folded). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:db="http://docbook.org/ns/docbook">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/">
    <xsl:for-each select="//db:chapter/db:title | //db:section/db:title | //db:para[not(ancestor::db:entry)] | //db:row">
      <xsl:choose>
        <xsl:when test="self::db:title">
          <xsl:text># </xsl:text><xsl:value-of select="normalize-space(.)"/>
        </xsl:when>
        <xsl:when test="self::db:para">
          <xsl:text>p </xsl:text><xsl:value-of select="normalize-space(.)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="db:entry">
            <xsl:if test="position() > 1"><xsl:text> | </xsl:text></xsl:if>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
