<?xml version="1.0" encoding="UTF-8"?>
<!--
  pk-html.xsl — the Perjanjian Kinerja: its presented document (p:dokumen
  jenis="pk", docs/present.md) serialised exactly as the LKjIP's is.
  A separate file so that a Bappeda can restyle the PK alone.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="lkjip-html.xsl"/>
  <!-- Like the stylesheet it imports, it may be given a large report
       part by part (docs/present.md, "Part by part"). -->
  <lkj:bertahap xmlns:lkj="urn:lkjip:emit:1"/>
</xsl:stylesheet>
