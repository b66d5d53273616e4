<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl — what every lkjip stylesheet shares: the labels of the
  chosen language (i18n/id.xml, i18n/en.xml), and number presentation.

  Stylesheets never compute a number: the report IR (urn:lkjip:report:1,
  docs/ir.md) carries every value at full precision (nilai) and as the
  policy rounds it (tampil). Here values are only written the Indonesian
  way: 1.234.567,89 and 101,46 %.

  Parameters (set by lkjip from its lang option):
    lang   'id' (default) or 'en'
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:r="urn:lkjip:report:1"
                exclude-result-prefixes="r">

  <xsl:param name="lang" select="'id'"/>

  <!-- The label file of the language; lkjip allows reading only files
       beside the stylesheets. -->
  <xsl:variable name="labels" select="document(concat('i18n/', $lang, '.xml'))/labels"/>

  <!-- Decimal comma, thousands dot: Indonesian, in both languages of the
       report (the figures are Indonesia's). -->
  <xsl:decimal-format name="id" decimal-separator="," grouping-separator="." NaN="–"/>

  <!-- A label by key; a missing key shows as [key], never silently empty. -->
  <xsl:key name="label" match="label" use="@key"/>

  <xsl:template name="label">
    <xsl:param name="key"/>
    <!-- key() searches the document of the context node: switch to the
         label file. An indexed lookup, not a scan of ~250 labels on each
         of the ~800 calls a report makes. -->
    <xsl:for-each select="$labels">
      <xsl:variable name="text" select="key('label', $key)"/>
      <xsl:choose>
        <xsl:when test="$text"><xsl:value-of select="$text"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat('[', $key, ']')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A value the IR already rounded (tampil, e.g. "101.46"): only the
       separators change: 101,46; 1234.5 -> 1.234,50 keeps its decimals. -->
  <xsl:template name="shown">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string($value) = ''">–</xsl:when>
      <xsl:when test="contains($value, '.')">
        <xsl:variable name="decimals" select="string-length(substring-after($value, '.'))"/>
        <xsl:value-of select="format-number($value, concat('#.##0,', substring('000000', 1, $decimals)), 'id')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="format-number($value, '#.##0', 'id')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A percentage from tampil: 101,46 % -->
  <xsl:template name="percent">
    <xsl:param name="value"/>
    <xsl:call-template name="shown"><xsl:with-param name="value" select="$value"/></xsl:call-template>
    <xsl:if test="string($value) != ''"><xsl:text>&#160;%</xsl:text></xsl:if>
  </xsl:template>

  <!-- A raw number of the IR (nilai, pagu) shown as it is written, grouped:
       at most 6 decimals, trailing zeros dropped. Not a rounding rule: use
       tampil for computed values. -->
  <xsl:template name="number">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string($value) = '' or string(number($value)) = 'NaN'">–</xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number($value, '#.##0,######', 'id')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Rupiah: Rp1.234.567 (whole rupiah, as budgets are written). -->
  <xsl:template name="rupiah">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string($value) = ''">–</xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('Rp', format-number($value, '#.##0', 'id'))"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A date YYYY-MM-DD as "27 Februari 2026" / "27 February 2026". -->
  <xsl:template name="date">
    <xsl:param name="value"/>
    <xsl:if test="string-length($value) = 10">
      <xsl:variable name="month" select="number(substring($value, 6, 2))"/>
      <xsl:value-of select="number(substring($value, 9, 2))"/>
      <xsl:text> </xsl:text>
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="concat('bulan.', $month)"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:value-of select="substring($value, 1, 4)"/>
    </xsl:if>
  </xsl:template>

  <!-- A typed value (target, realisasi): number, range, grade or text. -->
  <xsl:template name="typed-value">
    <xsl:param name="node"/>
    <xsl:choose>
      <xsl:when test="$node/@predikat"><xsl:value-of select="$node/@predikat"/></xsl:when>
      <xsl:when test="$node/@teks"><xsl:value-of select="$node/@teks"/></xsl:when>
      <xsl:when test="$node/@bawah">
        <xsl:call-template name="number"><xsl:with-param name="value" select="$node/@bawah"/></xsl:call-template>
        <xsl:text>–</xsl:text>
        <xsl:call-template name="number"><xsl:with-param name="value" select="$node/@atas"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$node/@tampil">
        <xsl:call-template name="shown"><xsl:with-param name="value" select="$node/@tampil"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$node/@nilai">
        <xsl:call-template name="number"><xsl:with-param name="value" select="$node/@nilai"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>–</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- How a selisih efficiency is classified, from the report's policy:
       "efisien di atas 5 poin persen, cukup efisien dari -5 sampai 5, …". -->
  <xsl:template name="efisiensi-klasifikasi">
    <xsl:variable name="k" select="/r:laporan/r:kebijakan"/>
    <xsl:call-template name="label-with">
      <xsl:with-param name="key" select="'efisiensi.klasifikasi'"/>
      <xsl:with-param name="n1" select="'atas'"/>
      <xsl:with-param name="v1"><xsl:call-template name="number"><xsl:with-param name="value" select="$k/@efisien-di-atas"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="n2" select="'bawah'"/>
      <xsl:with-param name="v2"><xsl:call-template name="number"><xsl:with-param name="value" select="$k/@tidak-efisien-di-bawah"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A label with its {name} placeholders filled (up to three pairs), e.g.
       key periode.triwulan, n1 'ke' v1 'III', n2 'tahun' v2 '2025'. -->
  <xsl:template name="label-with">
    <xsl:param name="key"/>
    <xsl:param name="n1"/>
    <xsl:param name="v1"/>
    <xsl:param name="n2"/>
    <xsl:param name="v2"/>
    <xsl:param name="n3"/>
    <xsl:param name="v3"/>
    <xsl:variable name="text">
      <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="t1">
      <xsl:call-template name="label-with.replace">
        <xsl:with-param name="text" select="$text"/>
        <xsl:with-param name="from" select="concat('{', $n1, '}')"/>
        <xsl:with-param name="to" select="$v1"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="t2">
      <xsl:call-template name="label-with.replace">
        <xsl:with-param name="text" select="$t1"/>
        <xsl:with-param name="from" select="concat('{', $n2, '}')"/>
        <xsl:with-param name="to" select="$v2"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="label-with.replace">
      <xsl:with-param name="text" select="$t2"/>
      <xsl:with-param name="from" select="concat('{', $n3, '}')"/>
      <xsl:with-param name="to" select="$v3"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="label-with.replace">
    <xsl:param name="text"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="$from != '{}' and contains($text, $from)">
        <xsl:value-of select="substring-before($text, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="label-with.replace">
          <xsl:with-param name="text" select="substring-after($text, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The reporting period in words from r:periode: "Tahun 2025",
       "Triwulan III Tahun 2025", "s.d. Bulan September Tahun 2025". -->
  <xsl:template name="periode-label">
    <xsl:param name="periode" select="/r:laporan/r:periode"/>
    <xsl:choose>
      <xsl:when test="$periode/@jenis = 'triwulan'">
        <xsl:call-template name="label-with">
          <xsl:with-param name="key" select="'periode.triwulan'"/>
          <xsl:with-param name="n1" select="'ke'"/>
          <xsl:with-param name="v1">
            <xsl:choose>
              <xsl:when test="$periode/@ke = 1">I</xsl:when>
              <xsl:when test="$periode/@ke = 2">II</xsl:when>
              <xsl:when test="$periode/@ke = 3">III</xsl:when>
              <xsl:when test="$periode/@ke = 4">IV</xsl:when>
              <xsl:otherwise><xsl:value-of select="$periode/@ke"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="n2" select="'tahun'"/>
          <xsl:with-param name="v2" select="$periode/@tahun"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$periode/@jenis = 'bulan'">
        <xsl:call-template name="label-with">
          <xsl:with-param name="key" select="'periode.bulan'"/>
          <xsl:with-param name="n1" select="'bulan'"/>
          <xsl:with-param name="v1">
            <xsl:call-template name="label"><xsl:with-param name="key" select="concat('bulan.', number($periode/@ke))"/></xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="n2" select="'tahun'"/>
          <xsl:with-param name="v2" select="$periode/@tahun"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label-with">
          <xsl:with-param name="key" select="'periode.tahun'"/>
          <xsl:with-param name="n1" select="'tahun'"/>
          <xsl:with-param name="v1" select="$periode/@tahun"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
