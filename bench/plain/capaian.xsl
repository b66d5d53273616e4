<?xml version="1.0" encoding="UTF-8"?>
<!--
  bench/plain/capaian.xsl: the stylesheet a Bappeda engineer writes without
  lkjip. For one submission it computes the capaian of every indicator for
  the reporting year and renders an HTML table, plus the budget absorption
  per program. XSLT 1.0 + EXSLT (exsl:node-set), run by xsltproc:

    xsltproc bench/plain/capaian.xsl opd-dinkes.xml > opd-dinkes.html

  What it computes (docs/format.md, sections 6 and 15, in a fair subset):
    target T   the target-pk of the highest versi, else the target of the year
    realisasi  R from the realisasi entries (bulan, triwulan or tahunan) by
               the indicator's agregasi: jumlah = sum, rata-rata = mean,
               terakhir = the latest entry, maks / min; ratio entries
               (pembilang/penyebut x pengali) pooled as sum/sum for jumlah
               and rata-rata, the chosen entry's own ratio otherwise;
               grades (predikat) through the indicator's skala
    capaian    positif R/T x 100; negatif (2T - R)/T x 100, or T/R x 100 when
               rumus-negatif="T/R"; range targets: 100 inside, else the
               formula with T = bawah or atas (rentang: R/bawah below,
               negatif above); text targets, composites (rumus), T = 0 and
               missing realisasi are not computed
    kategori   Permendagri 86/2017: >= 91 ST, >= 76 T, >= 66 S, >= 51 R, else SR
    per sasaran the mean of its indicators' capaian
    budget     per program: sum of pagu, sum of realisasi-anggaran, serapan %
  Not done (lkjip does them): cross-file links, policies of the profile, periods
  other than the year, composite formulas, trends, the full LKjIP.

  The stylesheet uses no global variable that depends on the input, so
  bench/plain/batch.xsl can apply it to documents loaded with document().
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:s="urn:lkjip:submission:1"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="s exsl">

  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:decimal-format name="id" decimal-separator="," grouping-separator="." NaN="-"/>

  <xsl:template match="/">
    <xsl:apply-templates select="s:submisi"/>
  </xsl:template>

  <xsl:template match="s:submisi">
    <xsl:variable name="tahun" select="@tahun"/>
    <!-- Pass 1: every indicator's numbers. -->
    <xsl:variable name="rows-rtf">
      <xsl:for-each select=".//s:indikator">
        <xsl:call-template name="measure">
          <xsl:with-param name="tahun" select="$tahun"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="rows" select="exsl:node-set($rows-rtf)/r"/>
    <!-- Pass 2: the page. -->
    <html lang="id">
      <head>
        <meta charset="UTF-8"/>
        <title>Capaian Kinerja <xsl:value-of select="s:unit/s:nama"/> Tahun <xsl:value-of select="$tahun"/></title>
        <style>
          body { font-family: sans-serif; font-size: 10pt; }
          table { border-collapse: collapse; margin-bottom: 1em; }
          th, td { border: 1px solid #999; padding: 2px 4px; vertical-align: top; }
          td.n { text-align: right; }
          .ST { background: #1a7f37; color: #fff; } .T { background: #4ac26b; }
          .S { background: #d4a72c; } .R { background: #e16f24; } .SR { background: #cf222e; color: #fff; }
        </style>
      </head>
      <body>
        <h1>Capaian Kinerja Tahun <xsl:value-of select="$tahun"/></h1>
        <h2><xsl:value-of select="s:unit/s:nama"/></h2>
        <p>Kepala: <xsl:value-of select="s:unit/s:kepala/s:nama"/>, <xsl:value-of select="s:unit/s:kepala/s:jabatan"/></p>
        <h3>Capaian per sasaran dan indikator</h3>
        <table>
          <tr><th>No</th><th>Sasaran</th><th>Indikator</th><th>Satuan</th><th>Target</th>
            <th>Realisasi</th><th>Capaian (%)</th><th>Kategori</th><th>Rumus</th></tr>
          <xsl:for-each select="s:tujuan">
            <xsl:variable name="tujuan" select="@id"/>
            <tr><th colspan="9" style="text-align:left">Tujuan: <xsl:value-of select="s:uraian"/></th></tr>
            <xsl:for-each select="s:indikator">
              <xsl:variable name="id" select="@id"/>
              <xsl:apply-templates select="$rows[@id = $id]" mode="row">
                <xsl:with-param name="label" select="'(indikator tujuan)'"/>
              </xsl:apply-templates>
            </xsl:for-each>
            <xsl:for-each select="s:sasaran">
              <xsl:variable name="sid" select="@id"/>
              <xsl:variable name="mine" select="$rows[@sasaran = $sid]"/>
              <xsl:apply-templates select="$mine" mode="row">
                <xsl:with-param name="label" select="s:uraian"/>
              </xsl:apply-templates>
              <xsl:variable name="ok" select="$mine[@capaian != '']"/>
              <tr>
                <td colspan="6">Rata-rata capaian sasaran <xsl:value-of select="@id"/>
                  (<xsl:value-of select="count($ok)"/> dari <xsl:value-of select="count($mine)"/> indikator)</td>
                <xsl:choose>
                  <xsl:when test="count($ok) &gt; 0">
                    <xsl:variable name="mean" select="sum($ok/@capaian) div count($ok)"/>
                    <td class="n"><b><xsl:value-of select="format-number($mean, '#.##0,00', 'id')"/></b></td>
                    <xsl:call-template name="kategori"><xsl:with-param name="c" select="$mean"/></xsl:call-template>
                  </xsl:when>
                  <xsl:otherwise><td>-</td><td>-</td></xsl:otherwise>
                </xsl:choose>
                <td/>
              </tr>
            </xsl:for-each>
          </xsl:for-each>
        </table>
        <xsl:if test="s:program">
          <h3>Capaian indikator program, kegiatan dan sub kegiatan</h3>
          <table>
            <tr><th>No</th><th>Program / kegiatan</th><th>Indikator</th><th>Satuan</th><th>Target</th>
              <th>Realisasi</th><th>Capaian (%)</th><th>Kategori</th><th>Rumus</th></tr>
            <xsl:for-each select="s:program">
              <xsl:for-each select="descendant-or-self::*[s:indikator]">
                <xsl:variable name="here" select="."/>
                <xsl:for-each select="s:indikator">
                  <xsl:variable name="id" select="@id"/>
                  <xsl:apply-templates select="$rows[@id = $id]" mode="row">
                    <xsl:with-param name="label" select="concat(../@kode, ' ', ../s:nama)"/>
                  </xsl:apply-templates>
                </xsl:for-each>
              </xsl:for-each>
            </xsl:for-each>
          </table>
          <h3>Realisasi anggaran per program</h3>
          <table>
            <tr><th>Kode</th><th>Program</th><th>Pagu (Rp)</th><th>Realisasi (Rp)</th><th>Serapan (%)</th></tr>
            <xsl:for-each select="s:program">
              <xsl:variable name="pagu" select="sum(.//s:sub-kegiatan/s:pagu)"/>
              <xsl:variable name="real" select="sum(.//s:sub-kegiatan/s:realisasi-anggaran/s:bulan/@nilai)"/>
              <tr>
                <td><xsl:value-of select="@kode"/></td>
                <td><xsl:value-of select="s:nama"/></td>
                <td class="n"><xsl:value-of select="format-number($pagu, '#.##0', 'id')"/></td>
                <td class="n"><xsl:value-of select="format-number($real, '#.##0', 'id')"/></td>
                <td class="n">
                  <xsl:if test="$pagu &gt; 0"><xsl:value-of select="format-number($real div $pagu * 100, '#.##0,00', 'id')"/></xsl:if>
                </td>
              </tr>
            </xsl:for-each>
            <xsl:variable name="tp" select="sum(s:program//s:sub-kegiatan/s:pagu)"/>
            <xsl:variable name="tr" select="sum(s:program//s:sub-kegiatan/s:realisasi-anggaran/s:bulan/@nilai)"/>
            <tr>
              <th colspan="2">Jumlah</th>
              <th class="n"><xsl:value-of select="format-number($tp, '#.##0', 'id')"/></th>
              <th class="n"><xsl:value-of select="format-number($tr, '#.##0', 'id')"/></th>
              <th class="n"><xsl:if test="$tp &gt; 0"><xsl:value-of select="format-number($tr div $tp * 100, '#.##0,00', 'id')"/></xsl:if></th>
            </tr>
          </table>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <!-- One row of a table from a measured indicator. -->
  <xsl:template match="r" mode="row">
    <xsl:param name="label"/>
    <tr>
      <td class="n"><xsl:value-of select="position()"/></td>
      <td><xsl:value-of select="$label"/></td>
      <td><xsl:value-of select="@nama"/></td>
      <td><xsl:value-of select="@satuan"/></td>
      <td class="n"><xsl:value-of select="@target"/></td>
      <td class="n"><xsl:value-of select="@realisasi"/></td>
      <xsl:choose>
        <xsl:when test="@capaian != ''">
          <td class="n"><xsl:value-of select="format-number(@capaian, '#.##0,00', 'id')"/></td>
          <xsl:call-template name="kategori"><xsl:with-param name="c" select="@capaian"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><td>-</td><td>-</td></xsl:otherwise>
      </xsl:choose>
      <td><xsl:value-of select="@rumus"/></td>
    </tr>
  </xsl:template>

  <xsl:template name="kategori">
    <xsl:param name="c"/>
    <xsl:variable name="k">
      <xsl:choose>
        <xsl:when test="$c &gt;= 91">ST</xsl:when>
        <xsl:when test="$c &gt;= 76">T</xsl:when>
        <xsl:when test="$c &gt;= 66">S</xsl:when>
        <xsl:when test="$c &gt;= 51">R</xsl:when>
        <xsl:otherwise>SR</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <td class="{$k}"><xsl:value-of select="$k"/></td>
  </xsl:template>

  <!-- A number for display, Indonesian style. -->
  <xsl:template name="num">
    <xsl:param name="v"/>
    <xsl:value-of select="format-number($v, '#.##0,##', 'id')"/>
  </xsl:template>

  <!-- The numbers of the context indikator: an <r> element. -->
  <xsl:template name="measure">
    <xsl:param name="tahun"/>
    <xsl:variable name="ind" select="."/>
    <!-- Target: the target-pk of the highest versi, else the target of the year. -->
    <xsl:variable name="pk" select="s:target-pk[not(../s:target-pk/@versi &gt; @versi)][1]"/>
    <xsl:variable name="t" select="($pk | s:target[@tahun = $tahun][not($pk)])[1]"/>
    <xsl:variable name="skala" select="ancestor::s:submisi/s:skala[@id = $ind/@skala]"/>
    <!-- Realisasi: entries with their own values. -->
    <xsl:variable name="entries" select="s:realisasi/*"/>
    <xsl:variable name="vals-rtf">
      <xsl:for-each select="$entries">
        <xsl:choose>
          <xsl:when test="@nilai"><v ke="{@ke}" v="{@nilai}"/></xsl:when>
          <xsl:when test="@penyebut &gt; 0">
            <!-- pengali defaults to 1: '0' + '' is 0, plus 1 for a missing pengali -->
            <v ke="{@ke}" v="{@pembilang div @penyebut * (number(concat('0', @pengali)) + number(not(@pengali)))}"/>
          </xsl:when>
          <xsl:when test="@predikat and $skala/s:tingkat[@kode = current()/@predikat]">
            <v ke="{@ke}" v="{$skala/s:tingkat[@kode = current()/@predikat]/@nilai}"/>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="vals" select="exsl:node-set($vals-rtf)/v"/>
    <xsl:variable name="ratio" select="count($entries[@pembilang]) = count($entries) and count($entries) &gt; 0"/>
    <xsl:variable name="pengali">
      <xsl:choose>
        <xsl:when test="$entries[1]/@pengali"><xsl:value-of select="$entries[1]/@pengali"/></xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="r">
      <xsl:choose>
        <xsl:when test="s:rumus or count($vals) = 0 or count($vals) != count($entries)"/>
        <xsl:when test="@agregasi = 'jumlah' and $ratio">
          <xsl:if test="sum($entries/@penyebut) &gt; 0">
            <xsl:value-of select="sum($entries/@pembilang) div sum($entries/@penyebut) * $pengali"/>
          </xsl:if>
        </xsl:when>
        <xsl:when test="@agregasi = 'rata-rata' and $ratio">
          <xsl:if test="sum($entries/@penyebut) &gt; 0">
            <xsl:value-of select="sum($entries/@pembilang) div sum($entries/@penyebut) * $pengali"/>
          </xsl:if>
        </xsl:when>
        <xsl:when test="@agregasi = 'jumlah'"><xsl:value-of select="sum($vals/@v)"/></xsl:when>
        <xsl:when test="@agregasi = 'rata-rata'"><xsl:value-of select="sum($vals/@v) div count($vals)"/></xsl:when>
        <xsl:when test="@agregasi = 'maks'"><xsl:value-of select="$vals[not($vals/@v &gt; @v)][1]/@v"/></xsl:when>
        <xsl:when test="@agregasi = 'min'"><xsl:value-of select="$vals[not($vals/@v &lt; @v)][1]/@v"/></xsl:when>
        <xsl:otherwise><!-- terakhir: the latest entry (tahunan has no ke) -->
          <xsl:value-of select="$vals[not($vals/@ke &gt; @ke)][last()]/@v"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <!-- T as a number (grades through the skala). -->
    <xsl:variable name="tv">
      <xsl:choose>
        <xsl:when test="$t/@nilai"><xsl:value-of select="$t/@nilai"/></xsl:when>
        <xsl:when test="$t/@predikat"><xsl:value-of select="$skala/s:tingkat[@kode = $t/@predikat]/@nilai"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="neg-tr" select="@rumus-negatif = 'T/R'"/>
    <!-- capaian and the rule that gave it -->
    <xsl:variable name="res-rtf">
      <xsl:choose>
        <xsl:when test="s:rumus"><c rumus="komposit: tidak dihitung"/></xsl:when>
        <xsl:when test="not($t)"><c rumus="tidak ada target"/></xsl:when>
        <xsl:when test="$t/@teks"><c rumus="target teks: tidak dihitung"/></xsl:when>
        <xsl:when test="string($r) = ''"><c rumus="belum ada realisasi"/></xsl:when>
        <xsl:when test="$t/@bawah">
          <xsl:variable name="lo" select="number($t/@bawah)"/>
          <xsl:variable name="hi" select="number($t/@atas)"/>
          <xsl:choose>
            <xsl:when test="$r &gt;= $lo and $r &lt;= $hi"><c v="100" rumus="rentang: di dalam"/></xsl:when>
            <xsl:when test="$r &lt; $lo and (@polaritas = 'positif' or @polaritas = 'rentang')">
              <xsl:if test="$lo != 0"><c v="{$r div $lo * 100}" rumus="rentang: R/bawah"/></xsl:if>
            </xsl:when>
            <xsl:when test="$r &lt; $lo">
              <xsl:call-template name="negatif"><xsl:with-param name="t" select="$lo"/><xsl:with-param name="r" select="$r"/><xsl:with-param name="tr" select="$neg-tr"/></xsl:call-template>
            </xsl:when>
            <xsl:when test="@polaritas = 'positif'">
              <xsl:if test="$hi != 0"><c v="{$r div $hi * 100}" rumus="rentang: R/atas"/></xsl:if>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="negatif"><xsl:with-param name="t" select="$hi"/><xsl:with-param name="r" select="$r"/><xsl:with-param name="tr" select="$neg-tr"/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:when test="string($tv) = '' or number($tv) = 0"><c rumus="target nol atau tidak dikenal"/></xsl:when>
        <xsl:when test="@polaritas = 'negatif'">
          <xsl:call-template name="negatif"><xsl:with-param name="t" select="number($tv)"/><xsl:with-param name="r" select="$r"/><xsl:with-param name="tr" select="$neg-tr"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><c v="{$r div $tv * 100}" rumus="positif R/T×100"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="res" select="exsl:node-set($res-rtf)/c"/>
    <r id="{@id}" sasaran="{../self::s:sasaran/@id}" nama="{s:nama}" satuan="{s:satuan}"
       capaian="{$res/@v}" rumus="{$res/@rumus}">
      <xsl:attribute name="target">
        <xsl:choose>
          <xsl:when test="$t/@nilai"><xsl:call-template name="num"><xsl:with-param name="v" select="$t/@nilai"/></xsl:call-template></xsl:when>
          <xsl:when test="$t/@bawah">
            <xsl:call-template name="num"><xsl:with-param name="v" select="$t/@bawah"/></xsl:call-template>
            <xsl:text>–</xsl:text>
            <xsl:call-template name="num"><xsl:with-param name="v" select="$t/@atas"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$t/@predikat | $t/@teks"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:attribute name="realisasi">
        <xsl:choose>
          <xsl:when test="string($r) = ''">-</xsl:when>
          <xsl:when test="$t/@predikat"><xsl:value-of select="$entries[last()]/@predikat"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="num"><xsl:with-param name="v" select="$r"/></xsl:call-template></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
    </r>
  </xsl:template>

  <xsl:template name="negatif">
    <xsl:param name="t"/>
    <xsl:param name="r"/>
    <xsl:param name="tr"/>
    <xsl:choose>
      <xsl:when test="$tr">
        <xsl:if test="$r != 0"><c v="{$t div $r * 100}" rumus="negatif T/R×100"/></xsl:if>
      </xsl:when>
      <xsl:when test="$t != 0"><c v="{(2 * $t - $r) div $t * 100}" rumus="negatif (2T−R)/T×100"/></xsl:when>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
