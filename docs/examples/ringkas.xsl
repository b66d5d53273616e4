<?xml version="1.0" encoding="UTF-8"?>
<!--
  ringkas.xsl — a stylesheet of your own: a one-page summary for the head of
  the office, from the presented document (docs/present.md). It shows the
  report's title and Bab III's first table (the capaian of every tujuan and
  sasaran), nothing else. Every figure is already written the Indonesian
  way, every label is already in the report's language: a stylesheet only
  chooses what to show and how it looks. How to run it: docs/present.md.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:lkjip:present:1"
                exclude-result-prefixes="p">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:template match="/p:dokumen">
    <html lang="{@bahasa}">
      <head>
        <title><xsl:value-of select="p:judul"/></title>
        <style>body{font-family:sans-serif} td,th{border:1px solid #999;padding:2px 6px}</style>
      </head>
      <body>
        <h1><xsl:value-of select="p:judul"/></h1>
        <xsl:apply-templates select="(//p:bagian[@id = 'bab-3']//p:tabel)[1]"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="p:tabel">
    <table>
      <xsl:for-each select="p:kepala/p:baris | p:isi/p:baris">
        <tr>
          <xsl:for-each select="p:sel">
            <td>
              <xsl:if test="@rentang-kolom"><xsl:attribute name="colspan"><xsl:value-of select="@rentang-kolom"/></xsl:attribute></xsl:if>
              <xsl:if test="@rentang-baris"><xsl:attribute name="rowspan"><xsl:value-of select="@rentang-baris"/></xsl:attribute></xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </td>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>
</xsl:stylesheet>
