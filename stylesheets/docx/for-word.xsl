<?xml version="1.0" encoding="UTF-8"?>
<!--
  for-word.xsl — lkjip's DocBook made ready for pandoc's Word writer
  (docbook-docx.sh). Two things pandoc cannot take as they are:
    - an SVG inline in imagedata: each is written beside the document as
      grafik-N.svg (exsl:document) and referred to as grafik-N.png, which
      docbook-docx.sh draws with rsvg-convert (Word shows no inline SVG);
    - a cell spanning rows (morerows): pandoc ignores it and shifts the
      cells of the rows below it left. Each cell names its column
      (colname, or namest/nameend), so the columns a row lacks are the ones
      an earlier row's cell covers: an empty cell is put there, and the
      table keeps its columns.
  Everything else is copied as it is. A tool for the Word route, not a
  report serialiser: it counts columns, which the serialisers never do.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:db="http://docbook.org/ns/docbook"
                xmlns:svg="http://www.w3.org/2000/svg"
                xmlns:exsl="http://exslt.org/common"
                extension-element-prefixes="exsl"
                exclude-result-prefixes="svg exsl">

  <xsl:param name="dir" select="'.'"/>

  <xsl:template match="@* | node()">
    <xsl:copy><xsl:apply-templates select="@* | node()"/></xsl:copy>
  </xsl:template>

  <!-- Charts: out to grafik-N.svg, in as grafik-N.png. -->
  <xsl:template match="db:imagedata[svg:svg]">
    <xsl:variable name="n" select="count(preceding::db:imagedata[svg:svg]) + 1"/>
    <exsl:document href="{$dir}/grafik-{$n}.svg" method="xml" encoding="UTF-8">
      <xsl:copy-of select="svg:svg"/>
    </exsl:document>
    <imagedata xmlns="http://docbook.org/ns/docbook" fileref="grafik-{$n}.png" format="PNG"
               contentwidth="{svg:svg/@width}px"/>
  </xsl:template>

  <!-- Rows: empty cells where an earlier row's cell reaches down. -->
  <xsl:template match="db:entry/@morerows"/>

  <xsl:template match="db:row">
    <xsl:variable name="cols" select="number(ancestor::db:tgroup[1]/@cols)"/>
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:for-each select="db:entry">
        <xsl:variable name="previous" select="preceding-sibling::db:entry[1]"/>
        <xsl:variable name="after">
          <xsl:choose>
            <xsl:when test="$previous"><xsl:value-of select="substring(concat($previous/@colname, $previous/@nameend), 2)"/></xsl:when>
            <xsl:otherwise>0</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:call-template name="empty-cells">
          <xsl:with-param name="count" select="number(substring(concat(@colname, @namest), 2)) - 1 - number($after)"/>
        </xsl:call-template>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
      <xsl:variable name="last" select="db:entry[last()]"/>
      <xsl:call-template name="empty-cells">
        <xsl:with-param name="count" select="$cols - number(substring(concat($last/@colname, $last/@nameend), 2))"/>
      </xsl:call-template>
    </xsl:copy>
  </xsl:template>

  <xsl:template name="empty-cells">
    <xsl:param name="count"/>
    <xsl:if test="$count &gt;= 1">
      <entry xmlns="http://docbook.org/ns/docbook"/>
      <xsl:call-template name="empty-cells"><xsl:with-param name="count" select="$count - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
