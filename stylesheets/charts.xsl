<?xml version="1.0" encoding="UTF-8"?>
<!--
  charts.xsl — simple, accessible SVG charts drawn from the report IR
  (urn:lkjip:report:1). Include it (xsl:include) in a stylesheet that also
  includes common.xsl: the charts use its templates label, typed-value,
  number and percent. No JavaScript, no external resources, no fonts.

  Every chart is one svg:svg element in the SVG namespace with explicit
  width, height and viewBox, role="img" and a <title> (and <desc>). Sizes are
  in SVG user units; a page may scale the svg down (max-width: 100%).
  Colours are presentation attributes (no CSS needed), so the charts also
  work when copied out of the HTML (DocBook, print).

  Templates (all named, parameters are IR node-sets):
    chart.target-realisasi  indikator*      target vs realisasi per indicator
    chart.tren              indikator       realisasi over the years + targets
    chart.progres           indikator       monthly / quarterly realisasi
    chart.serapan           program*        budget absorption per program
    chart.pohon             pohon-kinerja   the cascading tree as laid out

  Stylesheets never compute a shown number: values printed in the charts are
  tampil (rounded by the policy) or raw IR inputs; arithmetic here is only
  geometry.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="http://www.w3.org/2000/svg"
                xmlns:r="urn:lkjip:report:1"
                xmlns:exsl="http://exslt.org/common"
                exclude-result-prefixes="r exsl">

  <xsl:key name="charts.simpul" match="r:simpul" use="@no"/>
  <xsl:key name="charts.garis-ke" match="r:garis" use="@ke"/>

  <!-- Palette: sober, readable in black and white print. -->
  <xsl:variable name="charts.font">DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif</xsl:variable>
  <xsl:variable name="charts.ink">#1f2328</xsl:variable>
  <xsl:variable name="charts.muted">#57606a</xsl:variable>
  <xsl:variable name="charts.grid">#d0d7de</xsl:variable>
  <xsl:variable name="charts.realisasi">#1f4e79</xsl:variable>
  <xsl:variable name="charts.target">#a3adb8</xsl:variable>
  <xsl:variable name="charts.lintas">#b35900</xsl:variable>
  <!-- Average glyph width as a share of the font size (DejaVu/Arial mix). -->
  <xsl:variable name="charts.glyph" select="0.58"/>

  <!-- ============================================================ -->
  <!-- Text helpers                                                  -->
  <!-- ============================================================ -->

  <!-- The longest run of whole words of $text within $max characters (a
       single longer word is cut). -->
  <xsl:template name="charts.first-line">
    <xsl:param name="text"/>
    <xsl:param name="max"/>
    <xsl:param name="acc" select="''"/>
    <xsl:variable name="word" select="substring-before(concat($text, ' '), ' ')"/>
    <xsl:variable name="candidate" select="concat($acc, substring(' ', 1, number(string-length($acc) &gt; 0)), $word)"/>
    <xsl:choose>
      <xsl:when test="$text = ''"><xsl:value-of select="$acc"/></xsl:when>
      <xsl:when test="string-length($candidate) &gt; $max">
        <xsl:choose>
          <xsl:when test="$acc = ''"><xsl:value-of select="substring($word, 1, $max)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$acc"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="charts.first-line">
          <xsl:with-param name="text" select="substring-after($text, ' ')"/>
          <xsl:with-param name="max" select="$max"/>
          <xsl:with-param name="acc" select="$candidate"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- How many lines $text takes when wrapped at $max characters, at most
       $lines. -->
  <xsl:template name="charts.line-count">
    <xsl:param name="text"/>
    <xsl:param name="max"/>
    <xsl:param name="lines"/>
    <xsl:param name="n" select="1"/>
    <xsl:choose>
      <xsl:when test="string-length($text) &lt;= $max or $n &gt;= $lines"><xsl:value-of select="$n"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="first">
          <xsl:call-template name="charts.first-line">
            <xsl:with-param name="text" select="$text"/>
            <xsl:with-param name="max" select="$max"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="charts.line-count">
          <xsl:with-param name="text" select="normalize-space(substring($text, string-length($first) + 1))"/>
          <xsl:with-param name="max" select="$max"/>
          <xsl:with-param name="lines" select="$lines"/>
          <xsl:with-param name="n" select="$n + 1"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- $text wrapped into at most $lines tspans of $max characters, the last
       one ending in "…" when the text is longer. The first baseline is $y. -->
  <xsl:template name="charts.wrap">
    <xsl:param name="text"/>
    <xsl:param name="max"/>
    <xsl:param name="lines" select="2"/>
    <xsl:param name="x"/>
    <xsl:param name="y"/>
    <xsl:param name="line-height"/>
    <xsl:choose>
      <xsl:when test="string-length($text) &lt;= $max">
        <tspan x="{$x}" y="{$y}"><xsl:value-of select="$text"/></tspan>
      </xsl:when>
      <xsl:when test="$lines &lt;= 1">
        <xsl:variable name="cut">
          <xsl:call-template name="charts.first-line">
            <xsl:with-param name="text" select="$text"/>
            <xsl:with-param name="max" select="$max - 1"/>
          </xsl:call-template>
        </xsl:variable>
        <tspan x="{$x}" y="{$y}"><xsl:value-of select="concat($cut, '…')"/></tspan>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="first">
          <xsl:call-template name="charts.first-line">
            <xsl:with-param name="text" select="$text"/>
            <xsl:with-param name="max" select="$max"/>
          </xsl:call-template>
        </xsl:variable>
        <tspan x="{$x}" y="{$y}"><xsl:value-of select="$first"/></tspan>
        <xsl:call-template name="charts.wrap">
          <xsl:with-param name="text" select="normalize-space(substring($text, string-length($first) + 1))"/>
          <xsl:with-param name="max" select="$max"/>
          <xsl:with-param name="lines" select="$lines - 1"/>
          <xsl:with-param name="x" select="$x"/>
          <xsl:with-param name="y" select="$y + $line-height"/>
          <xsl:with-param name="line-height" select="$line-height"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The label of a computed element that is not ok: "tidak dihitung: alasan". -->
  <xsl:template name="charts.not-computed">
    <xsl:param name="node"/>
    <xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-dihitung'"/></xsl:call-template>
    <xsl:if test="$node/@alasan">
      <xsl:text>: </xsl:text>
      <xsl:value-of select="$node/@alasan"/>
    </xsl:if>
  </xsl:template>

  <!-- The larger of two numbers, NaN ignored. -->
  <xsl:template name="charts.max2">
    <xsl:param name="a"/>
    <xsl:param name="b"/>
    <xsl:choose>
      <xsl:when test="string(number($a)) = 'NaN'"><xsl:value-of select="$b"/></xsl:when>
      <xsl:when test="string(number($b)) = 'NaN'"><xsl:value-of select="$a"/></xsl:when>
      <xsl:when test="number($a) &gt;= number($b)"><xsl:value-of select="$a"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$b"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Smallest / largest of a node-set of numeric nodes (attributes). -->
  <xsl:template name="charts.min">
    <xsl:param name="nodes"/>
    <xsl:for-each select="$nodes[string(number(.)) != 'NaN']">
      <xsl:sort select="." data-type="number" order="ascending"/>
      <xsl:if test="position() = 1"><xsl:value-of select="number(.)"/></xsl:if>
    </xsl:for-each>
  </xsl:template>
  <xsl:template name="charts.max">
    <xsl:param name="nodes"/>
    <xsl:for-each select="$nodes[string(number(.)) != 'NaN']">
      <xsl:sort select="." data-type="number" order="descending"/>
      <xsl:if test="position() = 1"><xsl:value-of select="number(.)"/></xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- A legend swatch and its text; $dash for a dashed line swatch. -->
  <xsl:template name="charts.legend-item">
    <xsl:param name="x"/>
    <xsl:param name="y"/>
    <xsl:param name="colour"/>
    <xsl:param name="text"/>
    <xsl:param name="shape" select="'rect'"/>
    <xsl:choose>
      <xsl:when test="$shape = 'line'">
        <line x1="{$x}" y1="{$y - 4}" x2="{$x + 18}" y2="{$y - 4}" stroke="{$colour}" stroke-width="2.5"/>
        <circle cx="{$x + 9}" cy="{$y - 4}" r="3" fill="{$colour}"/>
      </xsl:when>
      <xsl:when test="$shape = 'dash'">
        <line x1="{$x}" y1="{$y - 4}" x2="{$x + 18}" y2="{$y - 4}" stroke="{$colour}" stroke-width="2" stroke-dasharray="4 3"/>
      </xsl:when>
      <xsl:otherwise>
        <rect x="{$x}" y="{$y - 9}" width="14" height="10" fill="{$colour}"/>
      </xsl:otherwise>
    </xsl:choose>
    <text x="{$x + 22}" y="{$y}" font-size="11" fill="{$charts.ink}"><xsl:value-of select="$text"/></text>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 1. Target and realisasi per indicator                         -->
  <!-- ============================================================ -->

  <!-- One row per indicator: a target bar and a realisasi bar, each
       indicator on its own scale (its units differ), values printed. -->
  <xsl:template name="chart.target-realisasi">
    <xsl:param name="indikator"/>
    <xsl:param name="title">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.target-realisasi'"/></xsl:call-template>
    </xsl:param>
    <xsl:param name="width" select="680"/>
    <xsl:variable name="label-w" select="250"/>
    <xsl:variable name="bar-x" select="262"/>
    <xsl:variable name="value-w" select="120"/>
    <xsl:variable name="bar-w" select="$width - $bar-x - $value-w"/>
    <xsl:variable name="row" select="50"/>
    <xsl:variable name="top" select="46"/>
    <xsl:variable name="height" select="$top + count($indikator) * $row + 6"/>
    <xsl:variable name="chars" select="floor($label-w div (11 * $charts.glyph))"/>
    <xsl:variable name="label-target"><xsl:call-template name="label"><xsl:with-param name="key" select="'target'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="label-realisasi"><xsl:call-template name="label"><xsl:with-param name="key" select="'realisasi'"/></xsl:call-template></xsl:variable>
    <svg width="{$width}" height="{$height}" viewBox="0 0 {$width} {$height}" role="img" class="chart"
         font-family="{$charts.font}" font-size="11" fill="{$charts.ink}">
      <title><xsl:value-of select="$title"/></title>
      <desc>
        <xsl:for-each select="$indikator">
          <xsl:value-of select="r:nama"/>
          <xsl:text>: </xsl:text>
          <xsl:value-of select="$label-target"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="charts.value-or-reason"><xsl:with-param name="node" select="r:target-periode"/></xsl:call-template>
          <xsl:text>, </xsl:text>
          <xsl:value-of select="$label-realisasi"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="charts.value-or-reason"><xsl:with-param name="node" select="r:realisasi"/></xsl:call-template>
          <xsl:if test="position() != last()">; </xsl:if>
        </xsl:for-each>
      </desc>
      <text x="0" y="15" font-size="13" font-weight="bold"><xsl:value-of select="$title"/></text>
      <xsl:call-template name="charts.legend-item">
        <xsl:with-param name="x" select="$bar-x"/>
        <xsl:with-param name="y" select="35"/>
        <xsl:with-param name="colour" select="$charts.target"/>
        <xsl:with-param name="text" select="$label-target"/>
      </xsl:call-template>
      <xsl:call-template name="charts.legend-item">
        <xsl:with-param name="x" select="$bar-x + 110"/>
        <xsl:with-param name="y" select="35"/>
        <xsl:with-param name="colour" select="$charts.realisasi"/>
        <xsl:with-param name="text" select="$label-realisasi"/>
      </xsl:call-template>
      <xsl:for-each select="$indikator">
        <xsl:variable name="y" select="$top + (position() - 1) * $row"/>
        <xsl:variable name="t" select="r:target-periode[@status = 'ok']"/>
        <xsl:variable name="r" select="r:realisasi[@status = 'ok']"/>
        <xsl:variable name="t-value">
          <xsl:choose>
            <xsl:when test="$t/@atas"><xsl:value-of select="$t/@atas"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t/@nilai"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="scale">
          <xsl:call-template name="charts.max2">
            <xsl:with-param name="a" select="$t-value"/>
            <xsl:with-param name="b" select="$r/@nilai"/>
          </xsl:call-template>
        </xsl:variable>
        <g>
          <title>
            <xsl:value-of select="r:nama"/>
            <xsl:text> — </xsl:text>
            <xsl:value-of select="$label-target"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="charts.value-or-reason"><xsl:with-param name="node" select="r:target-periode"/></xsl:call-template>
            <xsl:text>, </xsl:text>
            <xsl:value-of select="$label-realisasi"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="charts.value-or-reason"><xsl:with-param name="node" select="r:realisasi"/></xsl:call-template>
          </title>
          <line x1="0" y1="{$y + $row - 3}" x2="{$width}" y2="{$y + $row - 3}" stroke="{$charts.grid}" stroke-width="0.8"/>
          <text font-size="11">
            <xsl:call-template name="charts.wrap">
              <xsl:with-param name="text" select="normalize-space(r:nama)"/>
              <xsl:with-param name="max" select="$chars"/>
              <xsl:with-param name="lines" select="2"/>
              <xsl:with-param name="x" select="0"/>
              <xsl:with-param name="y" select="$y + 13"/>
              <xsl:with-param name="line-height" select="13"/>
            </xsl:call-template>
          </text>
          <xsl:if test="@polaritas = 'negatif'">
            <text x="0" y="{$y + 40}" font-size="9.5" fill="{$charts.muted}" font-style="italic">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.lebih-rendah-lebih-baik'"/></xsl:call-template>
            </text>
          </xsl:if>
          <!-- target -->
          <xsl:call-template name="charts.bar">
            <xsl:with-param name="node" select="r:target-periode"/>
            <xsl:with-param name="x" select="$bar-x"/>
            <xsl:with-param name="y" select="$y + 4"/>
            <xsl:with-param name="w" select="$bar-w"/>
            <xsl:with-param name="scale" select="$scale"/>
            <xsl:with-param name="colour" select="$charts.target"/>
          </xsl:call-template>
          <!-- realisasi -->
          <xsl:call-template name="charts.bar">
            <xsl:with-param name="node" select="r:realisasi"/>
            <xsl:with-param name="x" select="$bar-x"/>
            <xsl:with-param name="y" select="$y + 22"/>
            <xsl:with-param name="w" select="$bar-w"/>
            <xsl:with-param name="scale" select="$scale"/>
            <xsl:with-param name="colour" select="$charts.realisasi"/>
          </xsl:call-template>
        </g>
      </xsl:for-each>
    </svg>
  </xsl:template>

  <!-- A typed value (typed-value of common.xsl), or why it is missing. -->
  <xsl:template name="charts.value-or-reason">
    <xsl:param name="node"/>
    <xsl:choose>
      <xsl:when test="not($node)">–</xsl:when>
      <xsl:when test="$node/@status and $node/@status != 'ok'">
        <xsl:call-template name="charts.not-computed"><xsl:with-param name="node" select="$node"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$node"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One horizontal bar of chart.target-realisasi (a band for a range). -->
  <xsl:template name="charts.bar">
    <xsl:param name="node"/>
    <xsl:param name="x"/>
    <xsl:param name="y"/>
    <xsl:param name="w"/>
    <xsl:param name="scale"/>
    <xsl:param name="colour"/>
    <xsl:variable name="h" select="14"/>
    <xsl:choose>
      <xsl:when test="not($node) or $node/@status != 'ok'">
        <text x="{$x}" y="{$y + 11}" font-size="10" fill="#9a1b1b" font-style="italic">
          <xsl:call-template name="charts.not-computed"><xsl:with-param name="node" select="$node"/></xsl:call-template>
        </text>
      </xsl:when>
      <xsl:when test="string(number($scale)) = 'NaN' or number($scale) &lt;= 0">
        <text x="{$x}" y="{$y + 11}" font-size="10.5">
          <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$node"/></xsl:call-template>
        </text>
      </xsl:when>
      <xsl:when test="$node/@bawah and $node/@atas">
        <xsl:variable name="lo" select="$x + $w * (number($node/@bawah) * number(number($node/@bawah) &gt; 0)) div $scale"/>
        <xsl:variable name="hi" select="$x + $w * (number($node/@atas) * number(number($node/@atas) &gt; 0)) div $scale"/>
        <rect x="{$x}" y="{$y}" width="{$hi - $x}" height="{$h}" fill="{$colour}" fill-opacity="0.3"/>
        <rect x="{$lo}" y="{$y}" width="{$hi - $lo}" height="{$h}" fill="{$colour}"/>
        <text x="{$hi + 5}" y="{$y + 11}" font-size="10.5">
          <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$node"/></xsl:call-template>
        </text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="v" select="number($node/@nilai)"/>
        <xsl:variable name="len">
          <xsl:choose>
            <xsl:when test="string($v) = 'NaN' or $v &lt; 0">0</xsl:when>
            <xsl:otherwise><xsl:value-of select="$w * $v div $scale"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <rect x="{$x}" y="{$y}" width="{$len}" height="{$h}" fill="{$colour}"/>
        <text x="{$x + $len + 5}" y="{$y + 11}" font-size="10.5">
          <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$node"/></xsl:call-template>
        </text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 2. Trend over the years                                       -->
  <!-- ============================================================ -->

  <!-- The realisasi of the earlier years (realisasi-lalu) and of this
       period, with the plan's target of each year as a dashed line. Draws
       nothing when the indicator has no earlier realisasi. -->
  <xsl:template name="chart.tren">
    <xsl:param name="indikator"/>
    <xsl:param name="tahun" select="$indikator/ancestor::r:laporan/r:periode/@tahun"/>
    <xsl:param name="title" select="normalize-space($indikator/r:nama)"/>
    <xsl:param name="width" select="330"/>
    <xsl:param name="height" select="210"/>
    <xsl:variable name="ind" select="$indikator[1]"/>
    <xsl:variable name="y0">
      <xsl:call-template name="charts.min"><xsl:with-param name="nodes" select="$ind/r:realisasi-lalu/@tahun"/></xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($y0) != '' and number($y0) &lt; number($tahun)">
      <xsl:variable name="values" select="$ind/r:realisasi-lalu[@tahun &gt;= $y0]/@nilai | $ind/r:tren[@status = 'ok']/@dasar | $ind/r:realisasi[@status = 'ok']/@nilai | $ind/r:target[@tahun &gt;= $y0 and @tahun &lt;= $tahun]/@nilai"/>
      <xsl:variable name="min"><xsl:call-template name="charts.min"><xsl:with-param name="nodes" select="$values"/></xsl:call-template></xsl:variable>
      <xsl:variable name="max"><xsl:call-template name="charts.max"><xsl:with-param name="nodes" select="$values"/></xsl:call-template></xsl:variable>
      <xsl:variable name="span" select="number($max) - number($min)"/>
      <xsl:variable name="lo">
        <xsl:choose>
          <xsl:when test="$span &gt; 0"><xsl:value-of select="number($min) - 0.12 * $span"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="number($min) - 1"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="hi">
        <xsl:choose>
          <xsl:when test="$span &gt; 0"><xsl:value-of select="number($max) + 0.22 * $span"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="number($max) + 1"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="px0" select="22"/>
      <xsl:variable name="px1" select="$width - 22"/>
      <xsl:variable name="py0" select="46"/>
      <xsl:variable name="py1" select="$height - 26"/>
      <xsl:variable name="years" select="number($tahun) - number($y0)"/>
      <xsl:variable name="label-target"><xsl:call-template name="label"><xsl:with-param name="key" select="'target'"/></xsl:call-template></xsl:variable>
      <xsl:variable name="label-realisasi"><xsl:call-template name="label"><xsl:with-param name="key" select="'realisasi'"/></xsl:call-template></xsl:variable>
      <!-- the years y0 .. tahun, for each series below -->
      <xsl:variable name="year-tree">
        <xsl:call-template name="charts.sequence">
          <xsl:with-param name="from" select="number($y0)"/>
          <xsl:with-param name="to" select="number($tahun)"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="year-list" select="exsl:node-set($year-tree)/*"/>
      <svg width="{$width}" height="{$height}" viewBox="0 0 {$width} {$height}" role="img" class="chart"
           font-family="{$charts.font}" font-size="10" fill="{$charts.ink}">
        <title>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.tren'"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:value-of select="$title"/>
        </title>
        <desc>
          <xsl:for-each select="$year-list">
            <xsl:call-template name="charts.tren-desc">
              <xsl:with-param name="ind" select="$ind"/>
              <xsl:with-param name="year" select="number(.)"/>
              <xsl:with-param name="last" select="number($tahun)"/>
            </xsl:call-template>
          </xsl:for-each>
        </desc>
        <rect x="0.5" y="0.5" width="{$width - 1}" height="{$height - 1}" fill="#ffffff" stroke="{$charts.grid}"/>
        <text font-size="11" font-weight="bold">
          <xsl:call-template name="charts.wrap">
            <xsl:with-param name="text" select="$title"/>
            <xsl:with-param name="max" select="floor(($width - 16) div (11 * ($charts.glyph + 0.07)))"/>
            <xsl:with-param name="lines" select="1"/>
            <xsl:with-param name="x" select="8"/>
            <xsl:with-param name="y" select="16"/>
            <xsl:with-param name="line-height" select="12"/>
          </xsl:call-template>
        </text>
        <xsl:call-template name="charts.legend-item">
          <xsl:with-param name="x" select="8"/>
          <xsl:with-param name="y" select="34"/>
          <xsl:with-param name="colour" select="$charts.realisasi"/>
          <xsl:with-param name="text" select="$label-realisasi"/>
          <xsl:with-param name="shape" select="'line'"/>
        </xsl:call-template>
        <xsl:call-template name="charts.legend-item">
          <xsl:with-param name="x" select="110"/>
          <xsl:with-param name="y" select="34"/>
          <xsl:with-param name="colour" select="$charts.muted"/>
          <xsl:with-param name="text" select="$label-target"/>
          <xsl:with-param name="shape" select="'dash'"/>
        </xsl:call-template>
        <line x1="{$px0 - 10}" y1="{$py1}" x2="{$px1 + 10}" y2="{$py1}" stroke="{$charts.muted}" stroke-width="1"/>
        <!-- target line -->
        <polyline fill="none" stroke="{$charts.muted}" stroke-width="1.5" stroke-dasharray="5 3">
          <xsl:attribute name="points">
            <xsl:for-each select="$year-list">
              <xsl:call-template name="charts.tren-point">
                <xsl:with-param name="ind" select="$ind"/>
                <xsl:with-param name="series" select="'target'"/>
                <xsl:with-param name="year" select="number(.)"/>
                <xsl:with-param name="y0" select="number($y0)"/>
                <xsl:with-param name="last" select="number($tahun)"/>
                <xsl:with-param name="years" select="$years"/>
                <xsl:with-param name="px0" select="$px0"/>
                <xsl:with-param name="px1" select="$px1"/>
                <xsl:with-param name="py0" select="$py0"/>
                <xsl:with-param name="py1" select="$py1"/>
                <xsl:with-param name="lo" select="number($lo)"/>
                <xsl:with-param name="hi" select="number($hi)"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:attribute>
        </polyline>
        <!-- realisasi line -->
        <polyline fill="none" stroke="{$charts.realisasi}" stroke-width="2.2">
          <xsl:attribute name="points">
            <xsl:for-each select="$year-list">
              <xsl:call-template name="charts.tren-point">
                <xsl:with-param name="ind" select="$ind"/>
                <xsl:with-param name="series" select="'realisasi'"/>
                <xsl:with-param name="year" select="number(.)"/>
                <xsl:with-param name="y0" select="number($y0)"/>
                <xsl:with-param name="last" select="number($tahun)"/>
                <xsl:with-param name="years" select="$years"/>
                <xsl:with-param name="px0" select="$px0"/>
                <xsl:with-param name="px1" select="$px1"/>
                <xsl:with-param name="py0" select="$py0"/>
                <xsl:with-param name="py1" select="$py1"/>
                <xsl:with-param name="lo" select="number($lo)"/>
                <xsl:with-param name="hi" select="number($hi)"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:attribute>
        </polyline>
        <xsl:for-each select="$year-list">
          <xsl:call-template name="charts.tren-mark">
            <xsl:with-param name="ind" select="$ind"/>
            <xsl:with-param name="year" select="number(.)"/>
            <xsl:with-param name="y0" select="number($y0)"/>
            <xsl:with-param name="last" select="number($tahun)"/>
            <xsl:with-param name="years" select="$years"/>
            <xsl:with-param name="px0" select="$px0"/>
            <xsl:with-param name="px1" select="$px1"/>
            <xsl:with-param name="py0" select="$py0"/>
            <xsl:with-param name="py1" select="$py1"/>
            <xsl:with-param name="lo" select="number($lo)"/>
            <xsl:with-param name="hi" select="number($hi)"/>
            <xsl:with-param name="label-target" select="$label-target"/>
          </xsl:call-template>
        </xsl:for-each>
      </svg>
    </xsl:if>
  </xsl:template>

  <!-- The number plotted for a year: this period's realisasi, or the
       earlier year's realisasi-lalu (its tren/@dasar for a ratio or grade);
       or the plan's target of the year. Empty when there is none. -->
  <xsl:template name="charts.tren-value">
    <xsl:param name="ind"/>
    <xsl:param name="series"/>
    <xsl:param name="year"/>
    <xsl:param name="last"/>
    <xsl:choose>
      <xsl:when test="$series = 'target'">
        <xsl:value-of select="$ind/r:target[@tahun = $year]/@nilai"/>
      </xsl:when>
      <xsl:when test="$year = $last">
        <xsl:value-of select="$ind/r:realisasi[@status = 'ok']/@nilai"/>
      </xsl:when>
      <xsl:when test="$ind/r:realisasi-lalu[@tahun = $year]/@nilai">
        <xsl:value-of select="$ind/r:realisasi-lalu[@tahun = $year]/@nilai"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$ind/r:tren[@tahun = $year][@status = 'ok']/@dasar"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The whole numbers from .. to, one <n> each: a series drawn with one
       for-each over them instead of a recursion that carries a dozen
       parameters (libxslt looks each one up by name on every step). -->
  <xsl:template name="charts.sequence">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:if test="$from &lt;= $to">
      <n><xsl:value-of select="$from"/></n>
      <xsl:call-template name="charts.sequence">
        <xsl:with-param name="from" select="$from + 1"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- One point "x,y " of a series (nothing for a year without a value). -->
  <xsl:template name="charts.tren-point">
    <xsl:param name="ind"/>
    <xsl:param name="series"/>
    <xsl:param name="year"/>
    <xsl:param name="y0"/>
    <xsl:param name="last"/>
    <xsl:param name="years"/>
    <xsl:param name="px0"/>
    <xsl:param name="px1"/>
    <xsl:param name="py0"/>
    <xsl:param name="py1"/>
    <xsl:param name="lo"/>
    <xsl:param name="hi"/>
    <xsl:if test="$year &lt;= $last">
      <xsl:variable name="v">
        <xsl:call-template name="charts.tren-value">
          <xsl:with-param name="ind" select="$ind"/>
          <xsl:with-param name="series" select="$series"/>
          <xsl:with-param name="year" select="$year"/>
          <xsl:with-param name="last" select="$last"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="string(number($v)) != 'NaN'">
        <xsl:value-of select="$px0 + ($px1 - $px0) * ($year - $y0) div $years"/>
        <xsl:text>,</xsl:text>
        <xsl:value-of select="$py1 - ($py1 - $py0) * (number($v) - $lo) div ($hi - $lo)"/>
        <xsl:text> </xsl:text>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- A year's label, realisasi point with its value, and target mark. -->
  <xsl:template name="charts.tren-mark">
    <xsl:param name="ind"/>
    <xsl:param name="year"/>
    <xsl:param name="y0"/>
    <xsl:param name="last"/>
    <xsl:param name="years"/>
    <xsl:param name="px0"/>
    <xsl:param name="px1"/>
    <xsl:param name="py0"/>
    <xsl:param name="py1"/>
    <xsl:param name="lo"/>
    <xsl:param name="hi"/>
    <xsl:param name="label-target"/>
    <xsl:if test="$year &lt;= $last">
      <xsl:variable name="x" select="$px0 + ($px1 - $px0) * ($year - $y0) div $years"/>
      <text x="{$x}" y="{$py1 + 15}" text-anchor="middle" font-size="10">
        <xsl:if test="$year = $last"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
        <xsl:value-of select="$year"/>
      </text>
      <xsl:variable name="t">
        <xsl:call-template name="charts.tren-value">
          <xsl:with-param name="ind" select="$ind"/>
          <xsl:with-param name="series" select="'target'"/>
          <xsl:with-param name="year" select="$year"/>
          <xsl:with-param name="last" select="$last"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="string(number($t)) != 'NaN'">
        <rect x="{$x - 2.5}" y="{$py1 - ($py1 - $py0) * (number($t) - $lo) div ($hi - $lo) - 2.5}" width="5" height="5" fill="#ffffff" stroke="{$charts.muted}">
          <title>
            <xsl:value-of select="concat($label-target, ' ', $year, ': ')"/>
            <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$ind/r:target[@tahun = $year]"/></xsl:call-template>
          </title>
        </rect>
      </xsl:if>
      <xsl:variable name="v">
        <xsl:call-template name="charts.tren-value">
          <xsl:with-param name="ind" select="$ind"/>
          <xsl:with-param name="series" select="'realisasi'"/>
          <xsl:with-param name="year" select="$year"/>
          <xsl:with-param name="last" select="$last"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="string(number($v)) != 'NaN'">
        <xsl:variable name="y" select="$py1 - ($py1 - $py0) * (number($v) - $lo) div ($hi - $lo)"/>
        <xsl:variable name="shown">
          <xsl:choose>
            <xsl:when test="$year = $last">
              <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$ind/r:realisasi"/></xsl:call-template>
            </xsl:when>
            <xsl:when test="$ind/r:realisasi-lalu[@tahun = $year]/@nilai or $ind/r:realisasi-lalu[@tahun = $year]/@predikat">
              <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$ind/r:realisasi-lalu[@tahun = $year]"/></xsl:call-template>
            </xsl:when>
          </xsl:choose>
        </xsl:variable>
        <circle cx="{$x}" cy="{$y}" r="3.5" fill="{$charts.realisasi}">
          <title><xsl:value-of select="concat($year, ': ', $shown)"/></title>
        </circle>
        <xsl:if test="$shown != ''">
          <text x="{$x}" y="{$y - 7}" text-anchor="middle" font-size="9.5">
            <xsl:if test="$year = $last"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
            <xsl:value-of select="$shown"/>
          </text>
        </xsl:if>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- One year of the desc of a trend chart: "2022: 108,4; 2023: 99,6; …" -->
  <xsl:template name="charts.tren-desc">
    <xsl:param name="ind"/>
    <xsl:param name="year"/>
    <xsl:param name="last"/>
    <xsl:if test="$year &lt;= $last">
      <xsl:value-of select="$year"/>
      <xsl:text>: </xsl:text>
      <xsl:choose>
        <xsl:when test="$year = $last">
          <xsl:call-template name="charts.value-or-reason"><xsl:with-param name="node" select="$ind/r:realisasi"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="$ind/r:realisasi-lalu[@tahun = $year]">
          <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$ind/r:realisasi-lalu[@tahun = $year]"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>–</xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$year &lt; $last">; </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 3. Progress within the year (months or quarters)              -->
  <!-- ============================================================ -->

  <!-- The realisasi-data entries of the year up to the period's last month
       ($bulan-akhir), with the period's target as a dashed line. Indicators
       combined by agregasi "jumlah" are drawn cumulatively (to date: Σnilai,
       or Σpembilang / Σpenyebut × pengali for a ratio), so that the line ends
       at the realisasi and meets the annual target; others (terakhir,
       rata-rata, …) show each period's value. Printed values are the
       submitted ones (or the IR's realisasi tampil at the end of a
       cumulative line); every point's tooltip holds the submitted entry.
       Draws nothing with fewer than two periods. -->
  <xsl:template name="chart.progres">
    <xsl:param name="indikator"/>
    <xsl:param name="bulan-akhir" select="$indikator/ancestor::r:laporan/r:periode/@bulan-akhir"/>
    <xsl:param name="title" select="normalize-space($indikator/r:nama)"/>
    <xsl:param name="width" select="680"/>
    <xsl:param name="height" select="220"/>
    <xsl:variable name="ind" select="$indikator[1]"/>
    <xsl:variable name="months" select="boolean($ind/r:realisasi-data/r:bulan)"/>
    <xsl:variable name="slots">
      <xsl:choose>
        <xsl:when test="$months">12</xsl:when>
        <xsl:otherwise>4</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="limit">
      <xsl:choose>
        <xsl:when test="$months"><xsl:value-of select="number($bulan-akhir)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="ceiling(number($bulan-akhir) div 3)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="ratio" select="boolean($ind/r:realisasi-data/*[@penyebut])"/>
    <xsl:variable name="cumulative" select="$ind/@agregasi = 'jumlah'"/>
    <xsl:variable name="entries" select="$ind/r:realisasi-data/*[self::r:bulan or self::r:triwulan][number(@ke) &lt;= number($limit)][(@nilai and string(number(@nilai)) != 'NaN') or (@penyebut &gt;= 0 and @pembilang &gt;= 0)]"/>
    <xsl:variable name="tp" select="$ind/r:target-periode[@status = 'ok'][@nilai or @bawah]"/>
    <xsl:if test="count($entries) &gt;= 2">
      <!-- the plotted values in entry order, one element each (an index by
           position: no recursion over a "v;v;…" string per point) -->
      <xsl:variable name="series-tree">
        <xsl:for-each select="$entries">
          <v>
            <xsl:call-template name="charts.entry-value">
              <xsl:with-param name="entries" select="$entries"/>
              <xsl:with-param name="cumulative" select="$cumulative"/>
            </xsl:call-template>
          </v>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="values" select="exsl:node-set($series-tree)/*"/>
      <!-- smallest and largest number (first of equals, empty items skipped) -->
      <xsl:variable name="emin">
        <xsl:for-each select="$values[string(number(.)) != 'NaN']">
          <xsl:sort select="." data-type="number" order="ascending"/>
          <xsl:if test="position() = 1"><xsl:value-of select="."/></xsl:if>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="emax">
        <xsl:for-each select="$values[string(number(.)) != 'NaN']">
          <xsl:sort select="." data-type="number" order="descending"/>
          <xsl:if test="position() = 1"><xsl:value-of select="."/></xsl:if>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="tlo">
        <xsl:choose>
          <xsl:when test="$tp/@bawah"><xsl:value-of select="$tp/@bawah"/></xsl:when>
          <xsl:when test="$tp"><xsl:value-of select="$tp/@nilai"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$emin"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="thi">
        <xsl:choose>
          <xsl:when test="$tp/@atas"><xsl:value-of select="$tp/@atas"/></xsl:when>
          <xsl:when test="$tp"><xsl:value-of select="$tp/@nilai"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$emax"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="min">
        <xsl:choose>
          <xsl:when test="number($tlo) &lt; number($emin)"><xsl:value-of select="$tlo"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$emin"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="max">
        <xsl:choose>
          <xsl:when test="number($thi) &gt; number($emax)"><xsl:value-of select="$thi"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$emax"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="span" select="number($max) - number($min)"/>
      <xsl:variable name="lo">
        <xsl:choose>
          <xsl:when test="$span &gt; 0"><xsl:value-of select="number($min) - 0.15 * $span"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="number($min) - 1"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="hi">
        <xsl:choose>
          <xsl:when test="$span &gt; 0"><xsl:value-of select="number($max) + 0.2 * $span"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="number($max) + 1"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="px0" select="10"/>
      <xsl:variable name="px1" select="$width - 100"/>
      <xsl:variable name="py0" select="46"/>
      <xsl:variable name="py1" select="$height - 26"/>
      <xsl:variable name="slot" select="($px1 - $px0) div number($slots)"/>
      <xsl:variable name="label-target"><xsl:call-template name="label"><xsl:with-param name="key" select="'target'"/></xsl:call-template></xsl:variable>
      <xsl:variable name="label-realisasi"><xsl:call-template name="label"><xsl:with-param name="key" select="'realisasi'"/></xsl:call-template></xsl:variable>
      <svg width="{$width}" height="{$height}" viewBox="0 0 {$width} {$height}" role="img" class="chart"
           font-family="{$charts.font}" font-size="10" fill="{$charts.ink}">
        <title>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.bulanan'"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:value-of select="$title"/>
        </title>
        <desc>
          <xsl:for-each select="$entries">
            <xsl:call-template name="charts.slot-name"><xsl:with-param name="months" select="$months"/></xsl:call-template>
            <xsl:text>: </xsl:text>
            <xsl:call-template name="charts.entry-shown"/>
            <xsl:if test="position() != last()">; </xsl:if>
          </xsl:for-each>
          <xsl:if test="$tp">
            <xsl:value-of select="concat('. ', $label-target, ' ')"/>
            <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$tp"/></xsl:call-template>
          </xsl:if>
        </desc>
        <rect x="0.5" y="0.5" width="{$width - 1}" height="{$height - 1}" fill="#ffffff" stroke="{$charts.grid}"/>
        <text font-size="11" font-weight="bold">
          <xsl:call-template name="charts.wrap">
            <xsl:with-param name="text" select="$title"/>
            <xsl:with-param name="max" select="floor(($width - 16) div (11 * ($charts.glyph + 0.07)))"/>
            <xsl:with-param name="lines" select="1"/>
            <xsl:with-param name="x" select="8"/>
            <xsl:with-param name="y" select="16"/>
            <xsl:with-param name="line-height" select="12"/>
          </xsl:call-template>
        </text>
        <xsl:call-template name="charts.legend-item">
          <xsl:with-param name="x" select="8"/>
          <xsl:with-param name="y" select="34"/>
          <xsl:with-param name="colour" select="$charts.realisasi"/>
          <xsl:with-param name="text" select="$label-realisasi"/>
          <xsl:with-param name="shape" select="'line'"/>
        </xsl:call-template>
        <xsl:if test="$tp">
          <xsl:call-template name="charts.legend-item">
            <xsl:with-param name="x" select="110"/>
            <xsl:with-param name="y" select="34"/>
            <xsl:with-param name="colour" select="$charts.muted"/>
            <xsl:with-param name="text" select="$label-target"/>
            <xsl:with-param name="shape" select="'dash'"/>
          </xsl:call-template>
        </xsl:if>
        <text x="{$width - 8}" y="34" text-anchor="end" font-size="9.5" fill="{$charts.muted}" font-style="italic">
          <xsl:call-template name="label">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="$cumulative and $ratio">grafik.rasio-kumulatif</xsl:when>
                <xsl:when test="$cumulative">grafik.kumulatif</xsl:when>
                <xsl:when test="$ratio">grafik.rasio-per-periode</xsl:when>
                <xsl:otherwise>grafik.per-periode</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </text>
        <line x1="{$px0}" y1="{$py1}" x2="{$px1}" y2="{$py1}" stroke="{$charts.muted}" stroke-width="1"/>
        <xsl:variable name="slot-tree">
          <xsl:call-template name="charts.sequence">
            <xsl:with-param name="from" select="1"/>
            <xsl:with-param name="to" select="number($slots)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:for-each select="exsl:node-set($slot-tree)/*">
          <xsl:call-template name="charts.slot-label">
            <xsl:with-param name="k" select="number(.)"/>
            <xsl:with-param name="limit" select="number($limit)"/>
            <xsl:with-param name="months" select="$months"/>
            <xsl:with-param name="px0" select="$px0"/>
            <xsl:with-param name="slot" select="$slot"/>
            <xsl:with-param name="y" select="$py1 + 15"/>
          </xsl:call-template>
        </xsl:for-each>
        <!-- target -->
        <xsl:if test="$tp">
          <xsl:variable name="shown-target">
            <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$tp"/></xsl:call-template>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="$tp/@bawah and $tp/@atas">
              <xsl:variable name="yb" select="$py1 - ($py1 - $py0) * (number($tp/@bawah) - $lo) div ($hi - $lo)"/>
              <xsl:variable name="ya" select="$py1 - ($py1 - $py0) * (number($tp/@atas) - $lo) div ($hi - $lo)"/>
              <rect x="{$px0}" y="{$ya}" width="{$px1 - $px0}" height="{$yb - $ya}" fill="{$charts.target}" fill-opacity="0.25"/>
              <text x="{$px1 + 6}" y="{($ya + $yb) div 2 + 3}" font-size="10" fill="{$charts.muted}">
                <xsl:value-of select="concat($label-target, ' ', $shown-target)"/>
              </text>
            </xsl:when>
            <xsl:otherwise>
              <xsl:variable name="yt" select="$py1 - ($py1 - $py0) * (number($tp/@nilai) - $lo) div ($hi - $lo)"/>
              <line x1="{$px0}" y1="{$yt}" x2="{$px1}" y2="{$yt}" stroke="{$charts.muted}" stroke-width="1.5" stroke-dasharray="5 3"/>
              <text x="{$px1 + 6}" y="{$yt + 3}" font-size="10" fill="{$charts.muted}">
                <xsl:value-of select="concat($label-target, ' ', $shown-target)"/>
              </text>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:if>
        <polyline fill="none" stroke="{$charts.realisasi}" stroke-width="2.2">
          <xsl:attribute name="points">
            <xsl:for-each select="$entries">
              <xsl:variable name="at" select="position()"/>
              <xsl:variable name="v" select="string($values[$at])"/>
              <xsl:value-of select="$px0 + (number(@ke) - 0.5) * $slot"/>
              <xsl:text>,</xsl:text>
              <xsl:value-of select="$py1 - ($py1 - $py0) * (number($v) - $lo) div ($hi - $lo)"/>
              <xsl:text> </xsl:text>
            </xsl:for-each>
          </xsl:attribute>
        </polyline>
        <xsl:variable name="last-ke" select="$ind/r:realisasi[@status = 'ok']/@periode-terakhir"/>
        <xsl:for-each select="$entries">
          <xsl:variable name="at" select="position()"/>
          <xsl:variable name="v" select="string($values[$at])"/>
          <xsl:variable name="x" select="$px0 + (number(@ke) - 0.5) * $slot"/>
          <xsl:variable name="y" select="$py1 - ($py1 - $py0) * (number($v) - $lo) div ($hi - $lo)"/>
          <circle cx="{$x}" cy="{$y}" r="3.2" fill="{$charts.realisasi}">
            <title>
              <xsl:call-template name="charts.slot-name"><xsl:with-param name="months" select="$months"/></xsl:call-template>
              <xsl:text>: </xsl:text>
              <xsl:call-template name="charts.entry-shown"/>
            </title>
          </circle>
          <xsl:choose>
            <xsl:when test="not($cumulative) and not(@penyebut)">
              <text x="{$x}" y="{$y - 7}" text-anchor="middle" font-size="9">
                <xsl:call-template name="charts.entry-shown"/>
              </text>
            </xsl:when>
            <xsl:when test="position() = last() and string(number(@ke)) = string(number($last-ke))">
              <text x="{$x}" y="{$y - 7}" text-anchor="middle" font-size="9.5" font-weight="bold">
                <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$ind/r:realisasi"/></xsl:call-template>
              </text>
            </xsl:when>
          </xsl:choose>
        </xsl:for-each>
      </svg>
    </xsl:if>
  </xsl:template>

  <!-- The plotted number of a realisasi-data entry (context node): its
       nilai (or pembilang / penyebut × pengali for a ratio), or to date
       over $entries when $cumulative. Geometry only, never printed. -->
  <xsl:template name="charts.entry-value">
    <xsl:param name="entries"/>
    <xsl:param name="cumulative"/>
    <xsl:variable name="upto" select="$entries[number(@ke) &lt;= number(current()/@ke)]"/>
    <xsl:choose>
      <xsl:when test="$cumulative and @penyebut">
        <xsl:if test="sum($upto/@penyebut) &gt; 0">
          <xsl:value-of select="sum($upto/@pembilang) div sum($upto/@penyebut) * (sum(@pengali) + number(not(@pengali)))"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$cumulative"><xsl:value-of select="sum($upto/@nilai)"/></xsl:when>
      <xsl:when test="@nilai"><xsl:value-of select="number(@nilai)"/></xsl:when>
      <xsl:when test="@penyebut &gt; 0">
        <xsl:value-of select="@pembilang div @penyebut * (sum(@pengali) + number(not(@pengali)))"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- An entry as written: its nilai, or "pembilang / penyebut". -->
  <xsl:template name="charts.entry-shown">
    <xsl:choose>
      <xsl:when test="@penyebut">
        <xsl:call-template name="number"><xsl:with-param name="value" select="@pembilang"/></xsl:call-template>
        <xsl:text> / </xsl:text>
        <xsl:call-template name="number"><xsl:with-param name="value" select="@penyebut"/></xsl:call-template>
        <xsl:if test="@pengali and @pengali != 1">
          <xsl:text> × </xsl:text>
          <xsl:call-template name="number"><xsl:with-param name="value" select="@pengali"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="typed-value"><xsl:with-param name="node" select="."/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Januari" or "TW III" for the context entry (@ke). -->
  <xsl:template name="charts.slot-name">
    <xsl:param name="months"/>
    <xsl:param name="k" select="@ke"/>
    <xsl:choose>
      <xsl:when test="$months">
        <xsl:call-template name="label"><xsl:with-param name="key" select="concat('bulan.', number($k))"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'triwulan.singkat'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="charts.roman"><xsl:with-param name="n" select="number($k)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="charts.roman">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 1">I</xsl:when>
      <xsl:when test="$n = 2">II</xsl:when>
      <xsl:when test="$n = 3">III</xsl:when>
      <xsl:when test="$n = 4">IV</xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The label of slot k (a month or a quarter) under the axis. -->
  <xsl:template name="charts.slot-label">
    <xsl:param name="k"/>
    <xsl:param name="limit"/>
    <xsl:param name="months"/>
    <xsl:param name="px0"/>
    <xsl:param name="slot"/>
    <xsl:param name="y"/>
    <text x="{$px0 + ($k - 0.5) * $slot}" y="{$y}" text-anchor="middle" font-size="9.5">
      <xsl:if test="$k &gt; $limit"><xsl:attribute name="fill"><xsl:value-of select="$charts.target"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="$months">
          <xsl:variable name="name">
            <xsl:call-template name="label"><xsl:with-param name="key" select="concat('bulan.', $k)"/></xsl:call-template>
          </xsl:variable>
          <xsl:value-of select="substring($name, 1, 3)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="charts.slot-name">
            <xsl:with-param name="months" select="false()"/>
            <xsl:with-param name="k" select="$k"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </text>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 4. Budget absorption per program                              -->
  <!-- ============================================================ -->

  <!-- One bar per program (any element with r:nama and r:anggaran): serapan
       against a 100 % line; serapan-tampil printed. -->
  <xsl:template name="chart.serapan">
    <xsl:param name="program"/>
    <xsl:param name="title">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.serapan'"/></xsl:call-template>
    </xsl:param>
    <xsl:param name="width" select="680"/>
    <xsl:variable name="label-w" select="250"/>
    <xsl:variable name="bar-x" select="262"/>
    <xsl:variable name="bar-w" select="$width - $bar-x - 80"/>
    <xsl:variable name="row" select="34"/>
    <xsl:variable name="top" select="40"/>
    <xsl:variable name="height" select="$top + count($program) * $row + 8"/>
    <xsl:variable name="chars" select="floor($label-w div (10.5 * $charts.glyph))"/>
    <xsl:variable name="most">
      <xsl:call-template name="charts.max"><xsl:with-param name="nodes" select="$program/r:anggaran[@status = 'ok']/@serapan"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="scale">
      <xsl:choose>
        <xsl:when test="string($most) != '' and number($most) &gt; 100"><xsl:value-of select="number($most)"/></xsl:when>
        <xsl:otherwise>100</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="x100" select="$bar-x + $bar-w * 100 div number($scale)"/>
    <svg width="{$width}" height="{$height}" viewBox="0 0 {$width} {$height}" role="img" class="chart"
         font-family="{$charts.font}" font-size="10.5" fill="{$charts.ink}">
      <title><xsl:value-of select="$title"/></title>
      <desc>
        <xsl:for-each select="$program">
          <xsl:value-of select="normalize-space(r:nama)"/>
          <xsl:text>: </xsl:text>
          <xsl:call-template name="charts.serapan-shown"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
          <xsl:if test="position() != last()">; </xsl:if>
        </xsl:for-each>
      </desc>
      <text x="0" y="15" font-size="13" font-weight="bold"><xsl:value-of select="$title"/></text>
      <line x1="{$bar-x}" y1="{$top - 6}" x2="{$bar-x}" y2="{$height - 6}" stroke="{$charts.muted}" stroke-width="1"/>
      <xsl:for-each select="$program">
        <xsl:variable name="y" select="$top + (position() - 1) * $row"/>
        <xsl:variable name="a" select="r:anggaran"/>
        <g>
          <title>
            <xsl:value-of select="concat(@kode, ' ', normalize-space(r:nama), ': ')"/>
            <xsl:call-template name="charts.serapan-shown"><xsl:with-param name="a" select="$a"/></xsl:call-template>
          </title>
          <text font-size="10.5">
            <xsl:call-template name="charts.wrap">
              <xsl:with-param name="text" select="normalize-space(r:nama)"/>
              <xsl:with-param name="max" select="$chars"/>
              <xsl:with-param name="lines" select="2"/>
              <xsl:with-param name="x" select="0"/>
              <xsl:with-param name="y" select="$y + 11"/>
              <xsl:with-param name="line-height" select="12.5"/>
            </xsl:call-template>
          </text>
          <xsl:choose>
            <xsl:when test="$a/@status = 'ok'">
              <xsl:variable name="len" select="$bar-w * number($a/@serapan) div number($scale)"/>
              <rect x="{$bar-x}" y="{$y + 3}" width="{$len}" height="16" fill="{$charts.realisasi}"/>
              <text x="{$bar-x + $len + 5}" y="{$y + 15}" font-size="10.5">
                <xsl:call-template name="charts.serapan-shown"><xsl:with-param name="a" select="$a"/></xsl:call-template>
              </text>
            </xsl:when>
            <xsl:otherwise>
              <text x="{$bar-x + 6}" y="{$y + 15}" font-size="10" fill="#9a1b1b" font-style="italic">
                <xsl:call-template name="charts.not-computed"><xsl:with-param name="node" select="$a"/></xsl:call-template>
              </text>
            </xsl:otherwise>
          </xsl:choose>
        </g>
      </xsl:for-each>
      <line x1="{$x100}" y1="{$top - 10}" x2="{$x100}" y2="{$height - 6}" stroke="{$charts.lintas}" stroke-width="1.2" stroke-dasharray="4 3"/>
      <text x="{$x100}" y="{$top - 13}" text-anchor="middle" font-size="9.5" fill="{$charts.lintas}">
        <xsl:call-template name="percent"><xsl:with-param name="value" select="'100'"/></xsl:call-template>
      </text>
    </svg>
  </xsl:template>

  <xsl:template name="charts.serapan-shown">
    <xsl:param name="a"/>
    <xsl:choose>
      <xsl:when test="$a/@status = 'ok'">
        <xsl:call-template name="percent"><xsl:with-param name="value" select="$a/@serapan-tampil"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="charts.not-computed"><xsl:with-param name="node" select="$a"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- 5. Pohon kinerja                                              -->
  <!-- ============================================================ -->

  <!-- The tree exactly as lkjip laid it out (simpul x, y, lebar, tinggi),
       with elbow connectors, labels wrapped to two lines (the full text in
       each box's <title>), crosscutting boxes (lintas="ya") with a dashed
       orange border, and a legend above. Scale it with CSS (max-width:
       100%); the boxes keep an 11.5-unit font.

       $akar: the no of a top-level simpul (tingkat 0) to draw only its
       branch (a horizontal band of the same drawing, same width and scale),
       so that a long tree can be printed branch by branch; empty: the whole
       tree. $legenda: draw the legend (true by default). $dari, $sampai:
       only the boxes within these y (tree units), as one window of the
       drawing (see chart.pohon-cabang). -->
  <xsl:template name="chart.pohon">
    <xsl:param name="pohon"/>
    <xsl:param name="title">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'pohon-kinerja'"/></xsl:call-template>
    </xsl:param>
    <xsl:param name="akar" select="''"/>
    <xsl:param name="legenda" select="true()"/>
    <xsl:param name="dari" select="''"/>
    <xsl:param name="sampai" select="''"/>
    <!-- internal: the branch's members when the caller knows them -->
    <xsl:param name="anggota-cabang" select="''"/>
    <xsl:variable name="semua" select="$pohon/r:simpul-simpul/r:simpul"/>
    <!-- the band: ";no;" of each simpul drawn, and its vertical extent -->
    <xsl:variable name="anggota">
      <xsl:if test="string($anggota-cabang) != ''"><xsl:value-of select="$anggota-cabang"/></xsl:if>
      <xsl:for-each select="$semua[string($anggota-cabang) = '']">
        <xsl:choose>
          <xsl:when test="string($akar) = ''"><xsl:value-of select="concat(';', @no, ';')"/></xsl:when>
          <xsl:otherwise>
            <xsl:variable name="root"><xsl:call-template name="charts.pohon-akar"/></xsl:variable>
            <xsl:if test="$root = string($akar)"><xsl:value-of select="concat(';', @no, ';')"/></xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="cabang" select="$semua[contains($anggota, concat(';', @no, ';'))]"/>
    <xsl:variable name="simpul" select="$cabang[string($dari) = '' or (number(@y) &gt;= number($dari) and number(@y) + number(@tinggi) &lt;= number($sampai))]"/>
    <xsl:variable name="top">
      <xsl:choose>
        <xsl:when test="string($dari) != ''"><xsl:value-of select="number($dari)"/></xsl:when>
        <xsl:when test="string($akar) = ''">0</xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="$simpul">
            <xsl:sort select="@y" data-type="number"/>
            <xsl:if test="position() = 1"><xsl:value-of select="number(@y) - 8"/></xsl:if>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="bottom">
      <xsl:choose>
        <xsl:when test="string($sampai) != ''"><xsl:value-of select="number($sampai)"/></xsl:when>
        <xsl:when test="string($akar) = ''"><xsl:value-of select="number($pohon/@tinggi)"/></xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="$simpul">
            <xsl:sort select="number(@y) + number(@tinggi)" data-type="number" order="descending"/>
            <xsl:if test="position() = 1"><xsl:value-of select="number(@y) + number(@tinggi) + 8"/></xsl:if>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="has-pemda" select="number(boolean($semua[@jenis = 'sasaran-pemda']))"/>
    <xsl:variable name="has-opd" select="number(boolean($semua[@jenis = 'sasaran-opd']))"/>
    <xsl:variable name="has-program" select="number(boolean($semua[@jenis = 'program']))"/>
    <xsl:variable name="has-kegiatan" select="number(boolean($semua[@jenis = 'kegiatan']))"/>
    <xsl:variable name="has-lintas" select="number(boolean($semua[@lintas = 'ya']))"/>
    <xsl:variable name="items" select="$has-pemda + $has-opd + $has-program + $has-kegiatan + $has-lintas"/>
    <xsl:variable name="tree-w">
      <xsl:choose>
        <xsl:when test="number($pohon/@lebar) &gt; 0"><xsl:value-of select="number($pohon/@lebar)"/></xsl:when>
        <xsl:otherwise>300</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="width">
      <xsl:choose>
        <xsl:when test="$tree-w &lt; 580">580</xsl:when>
        <xsl:otherwise><xsl:value-of select="$tree-w"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="per-row" select="floor(($width - 20) div 230)"/>
    <xsl:variable name="legend-rows" select="ceiling($items div $per-row)"/>
    <xsl:variable name="legend-h">
      <xsl:choose>
        <xsl:when test="$legenda"><xsl:value-of select="$legend-rows * 20 + 12"/></xsl:when>
        <xsl:otherwise>0</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="height" select="number($bottom) - number($top) + $legend-h"/>
    <xsl:variable name="font" select="11.5"/>
    <svg width="{$width}" height="{$height}" viewBox="0 0 {$width} {$height}" role="img" class="chart pohon"
         font-family="{$charts.font}" font-size="{$font}" fill="{$charts.ink}">
      <title><xsl:value-of select="$title"/></title>
      <desc>
        <xsl:for-each select="$simpul">
          <xsl:sort select="@y" data-type="number"/>
          <xsl:sort select="@tingkat" data-type="number"/>
          <xsl:value-of select="normalize-space(r:label)"/>
          <xsl:if test="position() != last()">; </xsl:if>
        </xsl:for-each>
      </desc>
      <xsl:if test="$legenda">
        <xsl:if test="$has-pemda">
          <xsl:call-template name="charts.pohon-legend">
            <xsl:with-param name="i" select="1"/>
            <xsl:with-param name="per-row" select="$per-row"/>
            <xsl:with-param name="jenis" select="'sasaran-pemda'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$has-opd">
          <xsl:call-template name="charts.pohon-legend">
            <xsl:with-param name="i" select="$has-pemda + 1"/>
            <xsl:with-param name="per-row" select="$per-row"/>
            <xsl:with-param name="jenis" select="'sasaran-opd'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$has-program">
          <xsl:call-template name="charts.pohon-legend">
            <xsl:with-param name="i" select="$has-pemda + $has-opd + 1"/>
            <xsl:with-param name="per-row" select="$per-row"/>
            <xsl:with-param name="jenis" select="'program'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$has-kegiatan">
          <xsl:call-template name="charts.pohon-legend">
            <xsl:with-param name="i" select="$has-pemda + $has-opd + $has-program + 1"/>
            <xsl:with-param name="per-row" select="$per-row"/>
            <xsl:with-param name="jenis" select="'kegiatan'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$has-lintas">
          <xsl:call-template name="charts.pohon-legend">
            <xsl:with-param name="i" select="$items"/>
            <xsl:with-param name="per-row" select="$per-row"/>
            <xsl:with-param name="jenis" select="'lintas'"/>
          </xsl:call-template>
        </xsl:if>
        <line x1="0" y1="{$legend-h - 5}" x2="{$width}" y2="{$legend-h - 5}" stroke="{$charts.grid}" stroke-width="1"/>
      </xsl:if>
      <!-- the tree in a nested viewport: what lies outside the window is
           clipped (connectors to boxes drawn in the next window continue
           there) -->
      <svg x="0" y="{$legend-h}" width="{$width}" height="{number($bottom) - number($top)}"
           viewBox="0 {$top} {$width} {number($bottom) - number($top)}" overflow="hidden">
        <!-- connectors under the boxes -->
        <g fill="none" stroke="#7d8a97" stroke-width="1.2">
          <xsl:for-each select="$pohon/r:garis-garis/r:garis[contains($anggota, concat(';', @dari, ';'))]">
            <xsl:variable name="p" select="key('charts.simpul', @dari)"/>
            <xsl:variable name="c" select="key('charts.simpul', @ke)"/>
            <xsl:if test="$p and $c">
              <xsl:variable name="x1" select="number($p/@x) + number($p/@lebar)"/>
              <xsl:variable name="y1" select="number($p/@y) + number($p/@tinggi) div 2"/>
              <xsl:variable name="x2" select="number($c/@x)"/>
              <xsl:variable name="y2" select="number($c/@y) + number($c/@tinggi) div 2"/>
              <xsl:variable name="xm" select="($x1 + $x2) div 2"/>
              <path d="M{$x1} {$y1}H{$xm}V{$y2}H{$x2}"/>
            </xsl:if>
          </xsl:for-each>
        </g>
        <xsl:for-each select="$simpul">
          <xsl:call-template name="charts.pohon-box">
            <xsl:with-param name="font" select="$font"/>
          </xsl:call-template>
        </xsl:for-each>
      </svg>
    </svg>
  </xsl:template>

  <!-- One branch of the tree ($akar, a top-level simpul) as consecutive
       drawings of at most $tinggi-maks units each, cut only between boxes,
       for print (a drawing taller than a page would be shrunk or sliced).
       Stacked without gaps they read as one drawing. The legend is in the
       first drawing when $legenda. -->
  <xsl:template name="chart.pohon-cabang">
    <xsl:param name="pohon"/>
    <xsl:param name="akar"/>
    <xsl:param name="title"/>
    <xsl:param name="legenda" select="true()"/>
    <xsl:param name="tinggi-maks" select="560"/>
    <xsl:variable name="semua" select="$pohon/r:simpul-simpul/r:simpul"/>
    <xsl:variable name="anggota">
      <xsl:for-each select="$semua">
        <xsl:variable name="root"><xsl:call-template name="charts.pohon-akar"/></xsl:variable>
        <xsl:if test="$root = string($akar)"><xsl:value-of select="concat(';', @no, ';')"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="cabang" select="$semua[contains($anggota, concat(';', @no, ';'))]"/>
    <xsl:variable name="top">
      <xsl:for-each select="$cabang">
        <xsl:sort select="@y" data-type="number"/>
        <xsl:if test="position() = 1"><xsl:value-of select="number(@y) - 8"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="bottom">
      <xsl:for-each select="$cabang">
        <xsl:sort select="number(@y) + number(@tinggi)" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="number(@y) + number(@tinggi) + 8"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="charts.pohon-potong">
      <xsl:with-param name="pohon" select="$pohon"/>
      <xsl:with-param name="akar" select="$akar"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="legenda" select="$legenda"/>
      <xsl:with-param name="anggota" select="$anggota"/>
      <xsl:with-param name="cabang" select="$cabang"/>
      <xsl:with-param name="dari" select="number($top)"/>
      <xsl:with-param name="akhir" select="number($bottom)"/>
      <xsl:with-param name="tinggi-maks" select="$tinggi-maks"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="charts.pohon-potong">
    <xsl:param name="pohon"/>
    <xsl:param name="akar"/>
    <xsl:param name="title"/>
    <xsl:param name="legenda"/>
    <xsl:param name="anggota"/>
    <xsl:param name="cabang"/>
    <xsl:param name="dari"/>
    <xsl:param name="akhir"/>
    <xsl:param name="tinggi-maks"/>
    <!-- greedy: each window as tall as allowed (pages fill up) -->
    <xsl:variable name="n" select="ceiling(($akhir - $dari) div $tinggi-maks)"/>
    <xsl:variable name="target" select="$dari + $tinggi-maks"/>
    <!-- the lowest gap below a box, above $target, that cuts no box -->
    <xsl:variable name="potongan">
      <xsl:choose>
        <xsl:when test="$n &lt;= 1"><xsl:value-of select="$akhir"/></xsl:when>
        <xsl:otherwise>
          <xsl:variable name="celah">
            <xsl:for-each select="$cabang">
              <xsl:sort select="number(@y) + number(@tinggi)" data-type="number" order="descending"/>
              <xsl:variable name="c" select="number(@y) + number(@tinggi) + 3"/>
              <xsl:if test="$c &lt;= $target and $c &gt; $dari + 40 and not($cabang[number(@y) &lt; $c and number(@y) + number(@tinggi) &gt; $c])">
                <xsl:value-of select="concat($c, ';')"/>
              </xsl:if>
            </xsl:for-each>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="$celah != ''"><xsl:value-of select="substring-before($celah, ';')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$target"/></xsl:otherwise>
          </xsl:choose>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="chart.pohon">
      <xsl:with-param name="pohon" select="$pohon"/>
      <xsl:with-param name="akar" select="$akar"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="legenda" select="$legenda"/>
      <xsl:with-param name="dari" select="$dari"/>
      <xsl:with-param name="sampai" select="number($potongan)"/>
      <xsl:with-param name="anggota-cabang" select="$anggota"/>
    </xsl:call-template>
    <xsl:if test="number($potongan) &lt; $akhir">
      <xsl:call-template name="charts.pohon-potong">
        <xsl:with-param name="pohon" select="$pohon"/>
        <xsl:with-param name="akar" select="$akar"/>
        <xsl:with-param name="title" select="$title"/>
        <xsl:with-param name="legenda" select="false()"/>
        <xsl:with-param name="anggota" select="$anggota"/>
        <xsl:with-param name="cabang" select="$cabang"/>
        <xsl:with-param name="dari" select="number($potongan)"/>
        <xsl:with-param name="akhir" select="$akhir"/>
        <xsl:with-param name="tinggi-maks" select="$tinggi-maks"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The no of the top-level simpul above the context simpul (following
       garis from child to parent). -->
  <xsl:template name="charts.pohon-akar">
    <xsl:param name="no" select="@no"/>
    <xsl:param name="depth" select="0"/>
    <xsl:variable name="up" select="key('charts.garis-ke', $no)[1]/@dari"/>
    <xsl:choose>
      <xsl:when test="$up and $depth &lt; 50">
        <xsl:call-template name="charts.pohon-akar">
          <xsl:with-param name="no" select="string($up)"/>
          <xsl:with-param name="depth" select="$depth + 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$no"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The fill, stroke and text colour of a box of jenis $jenis. -->
  <xsl:template name="charts.pohon-style">
    <xsl:param name="jenis"/>
    <xsl:param name="lintas" select="false()"/>
    <xsl:choose>
      <xsl:when test="$jenis = 'sasaran-pemda'">
        <xsl:attribute name="fill">#1f3b5c</xsl:attribute>
      </xsl:when>
      <xsl:when test="$jenis = 'sasaran-opd' and $lintas">
        <xsl:attribute name="fill">#fdf0e1</xsl:attribute>
      </xsl:when>
      <xsl:when test="$jenis = 'sasaran-opd'">
        <xsl:attribute name="fill">#dce6f1</xsl:attribute>
      </xsl:when>
      <xsl:when test="$jenis = 'program'">
        <xsl:attribute name="fill">#eef1f4</xsl:attribute>
      </xsl:when>
      <xsl:when test="$jenis = 'lintas'">
        <xsl:attribute name="fill">#fdf0e1</xsl:attribute>
      </xsl:when>
      <xsl:otherwise>
        <xsl:attribute name="fill">#ffffff</xsl:attribute>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$lintas or $jenis = 'lintas'">
        <xsl:attribute name="stroke"><xsl:value-of select="$charts.lintas"/></xsl:attribute>
        <xsl:attribute name="stroke-width">2</xsl:attribute>
        <xsl:attribute name="stroke-dasharray">6 3</xsl:attribute>
      </xsl:when>
      <xsl:when test="$jenis = 'sasaran-pemda'">
        <xsl:attribute name="stroke">#1f3b5c</xsl:attribute>
      </xsl:when>
      <xsl:when test="$jenis = 'sasaran-opd'">
        <xsl:attribute name="stroke">#5a7fa8</xsl:attribute>
      </xsl:when>
      <xsl:otherwise>
        <xsl:attribute name="stroke">#8c99a6</xsl:attribute>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="charts.pohon-legend">
    <xsl:param name="i"/>
    <xsl:param name="per-row"/>
    <xsl:param name="jenis"/>
    <xsl:variable name="x" select="10 + (($i - 1) mod $per-row) * 230"/>
    <xsl:variable name="y" select="6 + floor(($i - 1) div $per-row) * 20"/>
    <rect x="{$x}" y="{$y}" width="26" height="13" rx="2">
      <xsl:call-template name="charts.pohon-style"><xsl:with-param name="jenis" select="$jenis"/></xsl:call-template>
    </rect>
    <text x="{$x + 32}" y="{$y + 11}" font-size="11">
      <xsl:call-template name="label"><xsl:with-param name="key" select="concat('pohon.', $jenis)"/></xsl:call-template>
    </text>
  </xsl:template>

  <!-- One box (context: r:simpul). -->
  <xsl:template name="charts.pohon-box">
    <xsl:param name="font"/>
    <xsl:variable name="x" select="number(@x)"/>
    <xsl:variable name="y" select="number(@y)"/>
    <xsl:variable name="w" select="number(@lebar)"/>
    <xsl:variable name="h" select="number(@tinggi)"/>
    <xsl:variable name="text" select="normalize-space(r:label)"/>
    <xsl:variable name="glyph">
      <xsl:choose>
        <xsl:when test="@jenis = 'sasaran-pemda'"><xsl:value-of select="$charts.glyph + 0.07"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$charts.glyph"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="chars" select="floor(($w - 10) div ($font * $glyph))"/>
    <xsl:variable name="max-lines">
      <xsl:choose>
        <xsl:when test="$h &gt;= $font * 2.3">
          <xsl:value-of select="floor(($h - 2) div ($font * 1.12))"/>
        </xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="lines">
      <xsl:call-template name="charts.line-count">
        <xsl:with-param name="text" select="$text"/>
        <xsl:with-param name="max" select="$chars"/>
        <xsl:with-param name="lines" select="number($max-lines)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="lh" select="$font * 1.12"/>
    <g>
      <title>
        <xsl:value-of select="$text"/>
        <xsl:if test="@jenis = 'program' or @jenis = 'kegiatan'">
          <xsl:value-of select="concat(' (', @ref, ')')"/>
        </xsl:if>
        <xsl:if test="@lintas = 'ya'">
          <xsl:text> — </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'pohon.lintas'"/></xsl:call-template>
        </xsl:if>
      </title>
      <rect x="{$x}" y="{$y}" width="{$w}" height="{$h}" rx="3">
        <xsl:call-template name="charts.pohon-style">
          <xsl:with-param name="jenis" select="@jenis"/>
          <xsl:with-param name="lintas" select="@lintas = 'ya'"/>
        </xsl:call-template>
      </rect>
      <text font-size="{$font}">
        <xsl:attribute name="fill">
          <xsl:choose>
            <xsl:when test="@jenis = 'sasaran-pemda'">#ffffff</xsl:when>
            <xsl:otherwise><xsl:value-of select="$charts.ink"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:if test="@jenis = 'sasaran-pemda'">
          <xsl:attribute name="font-weight">bold</xsl:attribute>
        </xsl:if>
        <xsl:call-template name="charts.wrap">
          <xsl:with-param name="text" select="$text"/>
          <xsl:with-param name="max" select="$chars"/>
          <xsl:with-param name="lines" select="number($lines)"/>
          <xsl:with-param name="x" select="$x + 5"/>
          <xsl:with-param name="y" select="$y + $h div 2 - ($lines - 1) * $lh div 2 + $font * 0.36"/>
          <xsl:with-param name="line-height" select="$lh"/>
        </xsl:call-template>
      </text>
    </g>
  </xsl:template>

</xsl:stylesheet>
