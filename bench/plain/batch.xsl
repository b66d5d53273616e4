<?xml version="1.0" encoding="UTF-8"?>
<!--
  bench/plain/batch.xsl: capaian.xsl over many submissions in one xsltproc
  process, the best the plain tools can do. The input is a list

    <berkas><f in="/abs/opd-dinkes.xml" out="/abs/out/opd-dinkes.html"/> ...</berkas>

  and each submission is loaded with document() and written with
  exsl:document, the same bytes as xsltproc capaian.xsl F > F.html.
  (libxslt keeps every document() it loaded until the end of the run.)
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:s="urn:lkjip:submission:1"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="s">
  <xsl:import href="capaian.xsl"/>

  <xsl:template match="/">
    <xsl:for-each select="berkas/f">
      <exsl:document href="{@out}" method="html" encoding="UTF-8" indent="no">
        <xsl:apply-templates select="document(@in)/s:submisi"/>
      </exsl:document>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
