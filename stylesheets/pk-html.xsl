<?xml version="1.0" encoding="UTF-8"?>
<!--
  pk-html.xsl — the Perjanjian Kinerja (PK) of one unit as one printable
  HTML page, from the report IR (urn:lkjip:report:1).

  The version in force (perjanjian-kinerja[@berlaku = 'ya']): the statement
  page (both parties, the pernyataan paragraphs, place and date, signature
  blocks: pihak kedua left, pihak pertama right), then the annex: No |
  Sasaran Strategis | Indikator Kinerja | Target (each indicator's target-pk
  of the latest version up to the one in force) and No | Program | Anggaran
  (Rp) with the total.

  lkjip-html.xsl imports this file and uses pk.dokumen and pk.css for its
  Lampiran; everything here is scoped under the class "pk".

  Parameter: lang 'id' (default) or 'en' (common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:r="urn:lkjip:report:1"
                exclude-result-prefixes="r">

  <xsl:include href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

  <!-- The PK in force: berlaku="ya", else the highest versi. -->
  <xsl:variable name="pk.tahun" select="/r:laporan/r:periode/@tahun"/>

  <xsl:template name="pk.in-force">
    <xsl:for-each select="/r:laporan/r:perjanjian-kinerja">
      <xsl:sort select="number(@berlaku = 'ya')" data-type="number" order="descending"/>
      <xsl:sort select="@versi" data-type="number" order="descending"/>
      <xsl:if test="position() = 1"><xsl:value-of select="@versi"/></xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:variable name="pk.versi">
    <xsl:call-template name="pk.in-force"/>
  </xsl:variable>

  <!-- ============================================================ -->
  <!-- The standalone page                                           -->
  <!-- ============================================================ -->

  <xsl:template match="/">
    <xsl:variable name="pk" select="/r:laporan/r:perjanjian-kinerja[@versi = $pk.versi][1]"/>
    <html lang="{$lang}">
      <head>
        <title>
          <xsl:call-template name="pk.judul"><xsl:with-param name="pk" select="$pk"/></xsl:call-template>
          <xsl:text> – </xsl:text>
          <xsl:value-of select="normalize-space(/r:laporan/r:unit/r:nama)"/>
        </title>
        <meta name="generator" content="lkjip {/r:laporan/@lkjip}"/>
        <style>
          <xsl:text>
@page { size: A4; margin: 20mm 20mm 16mm 25mm; }
html { background: #eceff3; }
body { margin: 0; color: #1f2328; }
.pk-page .pk-halaman { background: #fff; max-width: 170mm; margin: 16px auto; padding: 22mm 20mm 20mm 25mm; box-shadow: 0 1px 4px rgba(0,0,0,.18); }
@media print {
  html { background: none; }
  .pk-page .pk-halaman { max-width: none; margin: 0; padding: 0; box-shadow: none; }
}
</xsl:text>
          <xsl:call-template name="pk.css"/>
        </style>
      </head>
      <body class="pk-page">
        <xsl:call-template name="pk.dokumen"/>
      </body>
    </html>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Parts, reused by lkjip-html.xsl                               -->
  <!-- ============================================================ -->

  <!-- "Perjanjian Kinerja Tahun 2025" or "... Perubahan Tahun 2025". -->
  <xsl:template name="pk.judul">
    <xsl:param name="pk"/>
    <xsl:call-template name="label-with">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="$pk/@jenis = 'perubahan'">pk.judul.perubahan</xsl:when>
          <xsl:otherwise>pk.judul</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="n1" select="'tahun'"/>
      <xsl:with-param name="v1" select="$pk.tahun"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="pk.upper">
    <xsl:param name="text"/>
    <xsl:value-of select="translate($text, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
  </xsl:template>

  <!-- The whole PK: statement page and annex. $heading-level: the HTML
       heading used for the two page titles (h1 standalone). -->
  <xsl:template name="pk.dokumen">
    <xsl:param name="pk" select="/r:laporan/r:perjanjian-kinerja[@versi = $pk.versi][1]"/>
    <xsl:variable name="unit" select="/r:laporan/r:unit"/>
    <xsl:variable name="judul">
      <xsl:call-template name="pk.judul"><xsl:with-param name="pk" select="$pk"/></xsl:call-template>
    </xsl:variable>
    <div class="pk">
      <xsl:choose>
        <xsl:when test="not($pk)">
          <div class="pk-halaman">
            <div class="pk-kop">
              <div class="pk-judul">
                <xsl:call-template name="pk.upper"><xsl:with-param name="text" select="$judul"/></xsl:call-template>
              </div>
              <div class="pk-unit">
                <xsl:call-template name="pk.upper"><xsl:with-param name="text" select="normalize-space($unit/r:nama)"/></xsl:call-template>
              </div>
            </div>
            <p class="pk-kosong">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.tidak-ada'"/></xsl:call-template>
            </p>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="pk-halaman pk-pernyataan">
            <div class="pk-kop">
              <div class="pk-judul">
                <xsl:call-template name="pk.upper"><xsl:with-param name="text" select="$judul"/></xsl:call-template>
              </div>
              <div class="pk-unit">
                <xsl:call-template name="pk.upper"><xsl:with-param name="text" select="normalize-space($unit/r:nama)"/></xsl:call-template>
              </div>
              <xsl:if test="$pk/@nomor">
                <div class="pk-nomor">
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.nomor'"/></xsl:call-template>
                  <xsl:text>: </xsl:text>
                  <xsl:value-of select="$pk/@nomor"/>
                </div>
              </xsl:if>
            </div>
            <p>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.pernyataan.1'"/></xsl:call-template>
            </p>
            <xsl:call-template name="pk.identitas">
              <xsl:with-param name="orang" select="$pk/r:pihak-pertama"/>
            </xsl:call-template>
            <p class="pk-sebutan">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.selanjutnya'"/></xsl:call-template>
              <xsl:text> </xsl:text>
              <b><xsl:call-template name="label"><xsl:with-param name="key" select="'pihak-pertama'"/></xsl:call-template></b>
              <xsl:text>.</xsl:text>
            </p>
            <xsl:if test="$pk/r:pihak-kedua">
              <xsl:call-template name="pk.identitas">
                <xsl:with-param name="orang" select="$pk/r:pihak-kedua"/>
              </xsl:call-template>
              <p class="pk-sebutan">
                <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.selaku-atasan'"/></xsl:call-template>
                <xsl:text> </xsl:text>
                <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.selanjutnya'"/></xsl:call-template>
                <xsl:text> </xsl:text>
                <b><xsl:call-template name="label"><xsl:with-param name="key" select="'pihak-kedua'"/></xsl:call-template></b>
                <xsl:text>.</xsl:text>
              </p>
            </xsl:if>
            <p>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.pernyataan.2'"/></xsl:call-template>
            </p>
            <xsl:if test="$pk/r:pihak-kedua">
              <p>
                <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.pernyataan.3'"/></xsl:call-template>
              </p>
            </xsl:if>
            <xsl:if test="$pk/@jenis = 'perubahan' and $pk/r:alasan">
              <p class="pk-alasan">
                <b>
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.alasan'"/></xsl:call-template>
                  <xsl:text>: </xsl:text>
                </b>
                <xsl:value-of select="normalize-space($pk/r:alasan)"/>
              </p>
            </xsl:if>
            <xsl:call-template name="pk.tanda-tangan"><xsl:with-param name="pk" select="$pk"/></xsl:call-template>
          </div>
          <div class="pk-halaman pk-lampiran">
            <div class="pk-kop">
              <div class="pk-judul">
                <xsl:call-template name="pk.upper">
                  <xsl:with-param name="text">
                    <xsl:call-template name="label-with">
                      <xsl:with-param name="key" select="'pk.lampiran-judul'"/>
                      <xsl:with-param name="n1" select="'judul'"/>
                      <xsl:with-param name="v1" select="$judul"/>
                    </xsl:call-template>
                  </xsl:with-param>
                </xsl:call-template>
              </div>
              <div class="pk-unit">
                <xsl:call-template name="pk.upper"><xsl:with-param name="text" select="normalize-space($unit/r:nama)"/></xsl:call-template>
              </div>
            </div>
            <xsl:call-template name="pk.tabel-sasaran"><xsl:with-param name="versi" select="number($pk/@versi)"/></xsl:call-template>
            <xsl:call-template name="pk.tabel-program"/>
            <xsl:call-template name="pk.tanda-tangan"><xsl:with-param name="pk" select="$pk"/></xsl:call-template>
          </div>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template name="pk.identitas">
    <xsl:param name="orang"/>
    <table class="pk-identitas">
      <tr>
        <td class="pk-k"><xsl:call-template name="label"><xsl:with-param name="key" select="'nama'"/></xsl:call-template></td>
        <td class="pk-t">:</td>
        <td><xsl:value-of select="$orang/@nama"/></td>
      </tr>
      <tr>
        <td class="pk-k"><xsl:call-template name="label"><xsl:with-param name="key" select="'jabatan'"/></xsl:call-template></td>
        <td class="pk-t">:</td>
        <td><xsl:value-of select="$orang/@jabatan"/></td>
      </tr>
      <xsl:if test="$orang/@nip">
        <tr>
          <td class="pk-k"><xsl:call-template name="label"><xsl:with-param name="key" select="'nip'"/></xsl:call-template></td>
          <td class="pk-t">:</td>
          <td><xsl:value-of select="$orang/@nip"/></td>
        </tr>
      </xsl:if>
    </table>
  </xsl:template>

  <!-- Place and date above the right block; pihak kedua left, pihak
       pertama right. -->
  <xsl:template name="pk.tanda-tangan">
    <xsl:param name="pk"/>
    <table class="pk-ttd">
      <tr>
        <td></td>
        <td class="pk-tempat">
          <xsl:call-template name="label-with">
            <xsl:with-param name="key" select="'tempat-tanggal'"/>
            <xsl:with-param name="n1" select="'tempat'"/>
            <xsl:with-param name="v1" select="$pk/@tempat"/>
            <xsl:with-param name="n2" select="'tanggal'"/>
            <xsl:with-param name="v2">
              <xsl:call-template name="date"><xsl:with-param name="value" select="$pk/@tanggal"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </td>
      </tr>
      <tr>
        <td class="pk-blok">
          <xsl:if test="$pk/r:pihak-kedua">
            <xsl:call-template name="pk.blok">
              <xsl:with-param name="orang" select="$pk/r:pihak-kedua"/>
              <xsl:with-param name="pihak" select="'pihak-kedua'"/>
            </xsl:call-template>
          </xsl:if>
        </td>
        <td class="pk-blok">
          <xsl:call-template name="pk.blok">
            <xsl:with-param name="orang" select="$pk/r:pihak-pertama"/>
            <xsl:with-param name="pihak" select="'pihak-pertama'"/>
          </xsl:call-template>
        </td>
      </tr>
    </table>
  </xsl:template>

  <xsl:template name="pk.blok">
    <xsl:param name="orang"/>
    <xsl:param name="pihak"/>
    <div class="pk-pihak">
      <xsl:call-template name="pk.upper">
        <xsl:with-param name="text">
          <xsl:call-template name="label"><xsl:with-param name="key" select="$pihak"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:text>,</xsl:text>
    </div>
    <div class="pk-jabatan"><xsl:value-of select="$orang/@jabatan"/></div>
    <div class="pk-ruang"></div>
    <div class="pk-nama"><xsl:value-of select="$orang/@nama"/></div>
    <xsl:if test="$orang/@pangkat">
      <div class="pk-pangkat"><xsl:value-of select="$orang/@pangkat"/></div>
    </xsl:if>
    <xsl:if test="$orang/@nip">
      <div class="pk-nip">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'nip'"/></xsl:call-template>
        <xsl:text>. </xsl:text>
        <xsl:value-of select="$orang/@nip"/>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The target of the PK version $versi for indicator $ind: the target-pk
       of the highest versi up to $versi (an indicator the revision left
       alone keeps its earlier target); without any, the plan's target of
       the year, marked. -->
  <xsl:template name="pk.target">
    <xsl:param name="ind"/>
    <xsl:param name="versi"/>
    <xsl:param name="dengan-satuan" select="true()"/>
    <xsl:variable name="candidates" select="$ind/r:target-pk[number(@versi) &lt;= $versi]"/>
    <xsl:choose>
      <xsl:when test="$candidates">
        <xsl:for-each select="$candidates">
          <xsl:sort select="@versi" data-type="number" order="descending"/>
          <xsl:if test="position() = 1">
            <xsl:call-template name="typed-value"><xsl:with-param name="node" select="."/></xsl:call-template>
          </xsl:if>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$ind/r:target[@tahun = $pk.tahun]">
        <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$ind/r:target[@tahun = $pk.tahun]"/></xsl:call-template>
        <sup class="pk-tanda" title="{$labels/label[@key = 'pk.target-renstra']}">*</sup>
      </xsl:when>
      <xsl:otherwise>–</xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$dengan-satuan and $ind/r:satuan">
      <xsl:text> </xsl:text>
      <span class="pk-satuan"><xsl:value-of select="$ind/r:satuan"/></span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="pk.tabel-sasaran">
    <xsl:param name="versi"/>
    <xsl:variable name="sasaran" select="/r:laporan/r:tujuan/r:sasaran"/>
    <table class="pk-tabel">
      <thead>
        <tr>
          <th class="pk-no"><xsl:call-template name="label"><xsl:with-param name="key" select="'no'"/></xsl:call-template></th>
          <th><xsl:call-template name="label"><xsl:with-param name="key" select="'sasaran-strategis'"/></xsl:call-template></th>
          <th><xsl:call-template name="label"><xsl:with-param name="key" select="'indikator-kinerja'"/></xsl:call-template></th>
          <th class="pk-target"><xsl:call-template name="label"><xsl:with-param name="key" select="'target'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$sasaran">
          <xsl:variable name="no" select="position()"/>
          <xsl:variable name="ind" select="r:indikator"/>
          <xsl:variable name="rows" select="count($ind) + number(count($ind) = 0)"/>
          <tr class="pk-awal">
            <td class="pk-no" rowspan="{$rows}"><xsl:value-of select="$no"/></td>
            <td rowspan="{$rows}"><xsl:value-of select="normalize-space(r:uraian)"/></td>
            <xsl:choose>
              <xsl:when test="$ind">
                <td><xsl:value-of select="normalize-space($ind[1]/r:nama)"/></td>
                <td class="pk-target">
                  <xsl:call-template name="pk.target">
                    <xsl:with-param name="ind" select="$ind[1]"/>
                    <xsl:with-param name="versi" select="$versi"/>
                  </xsl:call-template>
                </td>
              </xsl:when>
              <xsl:otherwise><td>–</td><td class="pk-target">–</td></xsl:otherwise>
            </xsl:choose>
          </tr>
          <xsl:for-each select="$ind[position() &gt; 1]">
            <tr>
              <td><xsl:value-of select="normalize-space(r:nama)"/></td>
              <td class="pk-target">
                <xsl:call-template name="pk.target">
                  <xsl:with-param name="ind" select="."/>
                  <xsl:with-param name="versi" select="$versi"/>
                </xsl:call-template>
              </td>
            </tr>
          </xsl:for-each>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="$sasaran/r:indikator[not(r:target-pk[number(@versi) &lt;= $versi])][r:target[@tahun = $pk.tahun]]">
      <p class="pk-catatan">
        <xsl:text>* </xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.target-renstra'"/></xsl:call-template>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="pk.tabel-program">
    <xsl:variable name="program" select="/r:laporan/r:program"/>
    <table class="pk-tabel">
      <thead>
        <tr>
          <th class="pk-no"><xsl:call-template name="label"><xsl:with-param name="key" select="'no'"/></xsl:call-template></th>
          <th><xsl:call-template name="label"><xsl:with-param name="key" select="'program'"/></xsl:call-template></th>
          <th class="pk-rp"><xsl:call-template name="label"><xsl:with-param name="key" select="'anggaran-rp'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$program">
          <tr>
            <td class="pk-no"><xsl:value-of select="position()"/></td>
            <td>
              <xsl:value-of select="normalize-space(r:nama)"/>
              <span class="pk-kode"><xsl:value-of select="concat(' (', @kode, ')')"/></span>
            </td>
            <td class="pk-rp">
              <xsl:call-template name="number"><xsl:with-param name="value" select="r:anggaran/@pagu"/></xsl:call-template>
            </td>
          </tr>
        </xsl:for-each>
        <xsl:if test="not($program)">
          <tr>
            <td class="pk-no">–</td>
            <td colspan="2" class="pk-kosong">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.tanpa-program'"/></xsl:call-template>
            </td>
          </tr>
        </xsl:if>
      </tbody>
      <xsl:if test="$program">
        <tfoot>
          <tr>
            <td></td>
            <th class="pk-jumlah"><xsl:call-template name="label"><xsl:with-param name="key" select="'jumlah'"/></xsl:call-template></th>
            <td class="pk-rp pk-total">
              <xsl:call-template name="number"><xsl:with-param name="value" select="/r:laporan/r:anggaran/@pagu"/></xsl:call-template>
            </td>
          </tr>
        </tfoot>
      </xsl:if>
    </table>
  </xsl:template>

  <!-- The PK's CSS, every rule under .pk. -->
  <xsl:template name="pk.css">
    <xsl:text>
.pk { font-family: "DejaVu Serif", "Bookman Old Style", "Times New Roman", Georgia, serif; font-size: 11pt; line-height: 1.42; color: #1f2328; }
.pk .pk-halaman + .pk-halaman { break-before: page; page-break-before: always; }
.pk .pk-kop { text-align: center; margin: 0 0 1.3em; }
.pk .pk-judul { font-weight: bold; font-size: 13pt; letter-spacing: .02em; text-transform: uppercase; }
.pk .pk-unit { font-weight: bold; font-size: 12pt; text-transform: uppercase; }
.pk .pk-nomor { margin-top: .3em; font-size: 10.5pt; }
.pk p { text-align: justify; margin: .45em 0; }
.pk .pk-identitas { border-collapse: collapse; margin: .3em 0 .2em 2em; }
.pk .pk-identitas td { padding: .05em .4em .05em 0; vertical-align: top; border: none; }
.pk .pk-identitas .pk-k { width: 6em; }
.pk .pk-identitas .pk-t { width: 1em; }
.pk .pk-sebutan { margin-left: 2em; }
.pk .pk-alasan { font-size: 10.5pt; color: #3d4651; }
.pk .pk-ttd { width: 100%; border-collapse: collapse; margin-top: 1.2em; break-inside: avoid; page-break-inside: avoid; }
.pk .pk-ttd td { width: 50%; text-align: center; vertical-align: top; border: none; padding: 0 .5em; }
.pk .pk-tempat { padding-bottom: .2em !important; }
.pk .pk-pihak { font-weight: bold; }
.pk .pk-jabatan { min-height: 2.9em; }
.pk .pk-ruang { height: 4.6em; }
.pk .pk-nama { font-weight: bold; text-decoration: underline; }
.pk .pk-pangkat, .pk .pk-nip { font-size: 10.5pt; }
.pk .pk-tabel { width: 100%; border-collapse: collapse; margin: .8em 0 1.4em; font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.35; }
.pk .pk-tabel th, .pk .pk-tabel td { border: 1px solid #4a5562; padding: .35em .5em; vertical-align: top; text-align: left; }
.pk .pk-tabel thead th { background: #e6ebf1; text-align: center; vertical-align: middle; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.pk .pk-tabel thead { display: table-header-group; }
.pk .pk-tabel tr { break-inside: avoid; page-break-inside: avoid; }
.pk .pk-no { width: 2.2em; text-align: center !important; }
.pk .pk-target { width: 9.5em; text-align: right !important; }
.pk .pk-rp { width: 11em; text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
.pk .pk-satuan, .pk .pk-kode { color: #57606a; font-size: 9pt; }
.pk .pk-jumlah { text-align: right !important; }
.pk .pk-total { font-weight: bold; }
.pk .pk-catatan { font-size: 9.5pt; color: #57606a; margin-top: -1em; }
.pk .pk-kosong { font-style: italic; color: #57606a; }
.pk .pk-tanda { color: #57606a; }
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
