<?xml version="1.0" encoding="UTF-8"?>
<!--
  lkjip-html.xsl — the LKjIP (PermenPANRB 53/2014) of one unit (an OPD or a
  pemda) as ONE self-contained HTML5 file: inline CSS, inline SVG charts, no
  scripts, no fonts, no external request of any kind.

    Sampul · Daftar Isi · Ikhtisar Eksekutif · Bab I Pendahuluan ·
    Bab II Perencanaan Kinerja · Bab III Akuntabilitas Kinerja (A. capaian
    per sasaran with the seven analyses; B. realisasi anggaran) ·
    Bab IV Penutup · Lampiran (Perjanjian Kinerja, Pohon Kinerja)

  Reads only the report IR (urn:lkjip:report:1, docs/ir.md). Never computes
  or rounds a shown number: computed values are shown from tampil
  (serapan-tampil), raw inputs as written; all text is escaped by XSLT
  (never disable-output-escaping). Labels come from i18n/<lang>.xml.

  Parameter: lang 'id' (default) or 'en'.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:r="urn:lkjip:report:1"
                exclude-result-prefixes="r">

  <!-- pk-html.xsl brings common.xsl and the PK templates (pk.dokumen,
       pk.css, pk.target); its match="/" is overridden here. -->
  <xsl:import href="pk-html.xsl"/>
  <xsl:include href="charts.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:key name="html.cc-unit" match="r:crosscutting/r:sasaran/r:pendukung" use="@unit"/>

  <xsl:variable name="L" select="/r:laporan"/>
  <xsl:variable name="unit" select="/r:laporan/r:unit"/>
  <xsl:variable name="tahun" select="number(/r:laporan/r:periode/@tahun)"/>
  <xsl:variable name="pemda" select="/r:laporan/@jenis = 'pemda'"/>
  <xsl:variable name="semua-sasaran" select="/r:laporan/r:tujuan/r:sasaran"/>
  <!-- Indonesian labels: a category label is translated only when it is the
       standard Indonesian one (a profile's own labels stay as written). -->
  <xsl:variable name="labels-id" select="document('i18n/id.xml')/labels"/>

  <xsl:variable name="periode-teks">
    <xsl:call-template name="periode-label"/>
  </xsl:variable>

  <!-- ============================================================ -->
  <!-- Document                                                      -->
  <!-- ============================================================ -->

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <title>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'dokumen.lkjip.singkat'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:value-of select="normalize-space($unit/r:nama)"/>
          <xsl:text> </xsl:text>
          <xsl:value-of select="$periode-teks"/>
        </title>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="lkjip {$L/@lkjip}"/>
        <style>
          <xsl:call-template name="html.css"/>
          <xsl:call-template name="pk.css"/>
        </style>
      </head>
      <body>
        <div class="dokumen">
          <xsl:call-template name="html.sampul"/>
          <xsl:call-template name="html.daftar-isi"/>
          <xsl:call-template name="html.ikhtisar"/>
          <xsl:call-template name="html.bab-1"/>
          <xsl:call-template name="html.bab-2"/>
          <xsl:call-template name="html.bab-3"/>
          <xsl:call-template name="html.bab-4"/>
          <xsl:call-template name="html.lampiran"/>
        </div>
      </body>
    </html>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Small helpers                                                 -->
  <!-- ============================================================ -->

  <xsl:template name="L">
    <xsl:param name="k"/>
    <xsl:call-template name="label"><xsl:with-param name="key" select="$k"/></xsl:call-template>
  </xsl:template>

  <!-- The narrative blocks, copied by local name (text escaped). -->
  <xsl:template match="r:p|r:ul|r:ol|r:li|r:b|r:i">
    <xsl:element name="{local-name()}"><xsl:apply-templates/></xsl:element>
  </xsl:template>

  <xsl:template name="html.narasi">
    <xsl:param name="bab"/>
    <xsl:variable name="n" select="$L/r:narasi[@bab = $bab]"/>
    <xsl:if test="$n">
      <div class="narasi"><xsl:apply-templates select="$n/*"/></div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="html.kosong">
    <xsl:param name="k"/>
    <p class="kosong"><xsl:call-template name="L"><xsl:with-param name="k" select="$k"/></xsl:call-template></p>
  </xsl:template>

  <!-- A category colour: the profile's warna when it is #rrggbb, else the
       default of the standard codes. -->
  <xsl:template name="html.warna">
    <xsl:param name="kode"/>
    <xsl:variable name="w" select="string($L/r:kebijakan/r:kategori[@kode = $kode]/@warna)"/>
    <xsl:choose>
      <xsl:when test="string-length($w) = 7 and starts-with($w, '#') and translate(substring($w, 2), '0123456789abcdefABCDEF', '') = ''">
        <xsl:value-of select="$w"/>
      </xsl:when>
      <xsl:when test="$kode = 'ST'">#1a7f37</xsl:when>
      <xsl:when test="$kode = 'T'">#4ac26b</xsl:when>
      <xsl:when test="$kode = 'S'">#d4a72c</xsl:when>
      <xsl:when test="$kode = 'R'">#e16f24</xsl:when>
      <xsl:when test="$kode = 'SR'">#cf222e</xsl:when>
      <xsl:otherwise>#8c959f</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="html.kategori-label">
    <xsl:param name="kode"/>
    <xsl:param name="label"/>
    <xsl:variable name="key" select="concat('kategori.', $kode)"/>
    <xsl:choose>
      <xsl:when test="$lang != 'id' and $labels/label[@key = $key] and string($labels-id/label[@key = $key]) = string($label)">
        <xsl:value-of select="$labels/label[@key = $key]"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$label"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The category of a computed element: colour swatch and label. -->
  <xsl:template name="html.kategori">
    <xsl:param name="node"/>
    <xsl:choose>
      <xsl:when test="$node/@status = 'ok' and $node/@kategori">
        <span class="kategori">
          <span class="warna">
            <xsl:attribute name="style">
              <xsl:text>background-color:</xsl:text>
              <xsl:call-template name="html.warna"><xsl:with-param name="kode" select="$node/@kategori"/></xsl:call-template>
            </xsl:attribute>
          </span>
          <xsl:call-template name="html.kategori-label">
            <xsl:with-param name="kode" select="$node/@kategori"/>
            <xsl:with-param name="label" select="$node/@kategori-label"/>
          </xsl:call-template>
        </span>
      </xsl:when>
      <xsl:otherwise><span class="redup">–</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "tidak dihitung" and the reason, visibly. -->
  <xsl:template name="html.tidak-dihitung">
    <xsl:param name="node"/>
    <span class="tidak-dihitung"><xsl:call-template name="L"><xsl:with-param name="k" select="'tidak-dihitung'"/></xsl:call-template></span>
    <xsl:if test="$node/@alasan">
      <span class="alasan"><xsl:value-of select="$node/@alasan"/></span>
    </xsl:if>
  </xsl:template>

  <!-- A capaian (or any percentage-valued computed element): "104,70 %",
       the rule in small text, or "tidak dihitung" with the reason. -->
  <xsl:template name="html.capaian">
    <xsl:param name="node"/>
    <xsl:param name="aturan" select="true()"/>
    <xsl:choose>
      <xsl:when test="not($node)"><span class="redup">–</span></xsl:when>
      <xsl:when test="$node/@status = 'ok'">
        <span class="persen">
          <xsl:call-template name="percent"><xsl:with-param name="value" select="$node/@tampil"/></xsl:call-template>
        </span>
        <xsl:if test="$node/@dibatasi">
          <span class="dibatasi">
            <xsl:call-template name="L"><xsl:with-param name="k" select="concat('dibatasi.', $node/@dibatasi)"/></xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="$aturan and $node/@aturan">
          <span class="aturan"><xsl:value-of select="$node/@aturan"/></span>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="html.tidak-dihitung"><xsl:with-param name="node" select="$node"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A target or realisasi: its typed value, or not computed. -->
  <xsl:template name="html.nilai">
    <xsl:param name="node"/>
    <xsl:choose>
      <xsl:when test="not($node)"><span class="redup">–</span></xsl:when>
      <xsl:when test="$node/@status and $node/@status != 'ok'">
        <xsl:call-template name="html.tidak-dihitung"><xsl:with-param name="node" select="$node"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$node"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The realisasi cell: value, the ratio it came from, its rule, and a
       note when months are missing. -->
  <xsl:template name="html.realisasi">
    <xsl:param name="r"/>
    <xsl:call-template name="html.nilai"><xsl:with-param name="node" select="$r"/></xsl:call-template>
    <xsl:if test="$r/@status = 'ok'">
      <xsl:if test="$r/@penyebut">
        <span class="aturan rasio">
          <xsl:call-template name="number"><xsl:with-param name="value" select="$r/@pembilang"/></xsl:call-template>
          <xsl:text> / </xsl:text>
          <xsl:call-template name="number"><xsl:with-param name="value" select="$r/@penyebut"/></xsl:call-template>
          <xsl:if test="$r/@pengali and $r/@pengali != 1">
            <xsl:text> × </xsl:text>
            <xsl:call-template name="number"><xsl:with-param name="value" select="$r/@pengali"/></xsl:call-template>
          </xsl:if>
        </span>
      </xsl:if>
      <xsl:if test="$r/@aturan">
        <span class="aturan"><xsl:value-of select="$r/@aturan"/></span>
      </xsl:if>
      <xsl:if test="$r/@periode-ada and number($r/@periode-ada) &lt; number($r/@periode-jendela)">
        <span class="catatan-data">
          <xsl:call-template name="label-with">
            <xsl:with-param name="key" select="'realisasi.periode-ada'"/>
            <xsl:with-param name="n1" select="'ada'"/>
            <xsl:with-param name="v1" select="$r/@periode-ada"/>
            <xsl:with-param name="n2" select="'jendela'"/>
            <xsl:with-param name="v2" select="$r/@periode-jendela"/>
          </xsl:call-template>
        </span>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The target cell: value, its rule and the PK version it comes from. -->
  <xsl:template name="html.target">
    <xsl:param name="t"/>
    <xsl:call-template name="html.nilai"><xsl:with-param name="node" select="$t"/></xsl:call-template>
    <xsl:if test="$t/@status = 'ok'">
      <span class="aturan">
        <xsl:value-of select="$t/@aturan"/>
        <xsl:if test="$t/@versi-pk">
          <xsl:if test="$t/@aturan"> · </xsl:if>
          <xsl:call-template name="label-with">
            <xsl:with-param name="key" select="'target.versi-pk'"/>
            <xsl:with-param name="n1" select="'versi'"/>
            <xsl:with-param name="v1" select="$t/@versi-pk"/>
          </xsl:call-template>
        </xsl:if>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- The indicator name, with the IKU mark. -->
  <xsl:template name="html.nama-indikator">
    <xsl:param name="ind"/>
    <xsl:value-of select="normalize-space($ind/r:nama)"/>
    <xsl:if test="$ind/@iku = 'ya'">
      <xsl:text> </xsl:text>
      <span class="iku"><xsl:call-template name="L"><xsl:with-param name="k" select="'iku'"/></xsl:call-template></span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="html.nomor-sasaran">
    <xsl:param name="s"/>
    <xsl:value-of select="count($s/preceding::r:sasaran[parent::r:tujuan]) + 1"/>
  </xsl:template>

  <!-- The category legend, from kebijakan/kategori. -->
  <xsl:template name="html.legenda">
    <div class="legenda">
      <span class="legenda-judul"><xsl:call-template name="L"><xsl:with-param name="k" select="'legenda'"/></xsl:call-template>:</span>
      <xsl:for-each select="$L/r:kebijakan/r:kategori">
        <span class="kategori">
          <span class="warna">
            <xsl:attribute name="style">
              <xsl:text>background-color:</xsl:text>
              <xsl:call-template name="html.warna"><xsl:with-param name="kode" select="@kode"/></xsl:call-template>
            </xsl:attribute>
          </span>
          <xsl:call-template name="html.kategori-label">
            <xsl:with-param name="kode" select="@kode"/>
            <xsl:with-param name="label" select="@label"/>
          </xsl:call-template>
          <span class="rentang">
            <xsl:choose>
              <xsl:when test="@min">
                <xsl:text> (≥ </xsl:text>
                <xsl:call-template name="number"><xsl:with-param name="value" select="@min"/></xsl:call-template>
                <xsl:text>&#160;%)</xsl:text>
              </xsl:when>
              <xsl:otherwise>
                <xsl:text> (</xsl:text>
                <xsl:call-template name="L"><xsl:with-param name="k" select="'legenda.lainnya'"/></xsl:call-template>
                <xsl:text>)</xsl:text>
              </xsl:otherwise>
            </xsl:choose>
          </span>
        </span>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- Years $from..$to as header cells / value cells. -->
  <xsl:template name="html.tahun-th">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:if test="$from &lt;= $to">
      <th class="angka">
        <xsl:if test="$from = $tahun"><xsl:attribute name="class">angka kini</xsl:attribute></xsl:if>
        <xsl:value-of select="$from"/>
      </th>
      <xsl:call-template name="html.tahun-th">
        <xsl:with-param name="from" select="$from + 1"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="html.target-td">
    <xsl:param name="ind"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:if test="$from &lt;= $to">
      <td class="angka">
        <xsl:if test="$from = $tahun"><xsl:attribute name="class">angka kini</xsl:attribute></xsl:if>
        <xsl:call-template name="html.nilai"><xsl:with-param name="node" select="$ind/r:target[@tahun = $from]"/></xsl:call-template>
      </td>
      <xsl:call-template name="html.target-td">
        <xsl:with-param name="ind" select="$ind"/>
        <xsl:with-param name="from" select="$from + 1"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="html.lalu-td">
    <xsl:param name="ind"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:if test="$from &lt;= $to">
      <td class="angka">
        <xsl:call-template name="html.nilai"><xsl:with-param name="node" select="$ind/r:realisasi-lalu[@tahun = $from]"/></xsl:call-template>
      </td>
      <xsl:call-template name="html.lalu-td">
        <xsl:with-param name="ind" select="$ind"/>
        <xsl:with-param name="from" select="$from + 1"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Sampul and Daftar Isi                                         -->
  <!-- ============================================================ -->

  <xsl:template name="html.sampul">
    <div class="sampul" id="sampul">
      <div class="sampul-atas">
        <div class="sampul-jenis">
          <xsl:choose>
            <xsl:when test="$pemda and $L/@judul"><xsl:value-of select="$L/@judul"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="L"><xsl:with-param name="k" select="'dokumen.lkjip'"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
        </div>
        <div class="sampul-singkat">
          <xsl:text>(</xsl:text>
          <xsl:call-template name="L"><xsl:with-param name="k" select="'dokumen.lkjip.singkat'"/></xsl:call-template>
          <xsl:text>)</xsl:text>
        </div>
      </div>
      <h1>
        <span class="sampul-unit"><xsl:value-of select="normalize-space($unit/r:nama)"/></span>
        <span class="sampul-periode"><xsl:value-of select="$periode-teks"/></span>
      </h1>
      <div class="sampul-garis"></div>
      <div class="sampul-bawah">
        <xsl:if test="$unit/r:alamat">
          <div><xsl:value-of select="$unit/r:alamat"/></div>
        </xsl:if>
        <xsl:variable name="tempat">
          <xsl:choose>
            <xsl:when test="$L/@tempat"><xsl:value-of select="$L/@tempat"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$L/r:perjanjian-kinerja[@berlaku = 'ya'][1]/@tempat"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:if test="$L/@tanggal or $tempat != ''">
          <div class="sampul-tanggal">
            <xsl:choose>
              <xsl:when test="$L/@tanggal and $tempat != ''">
                <xsl:call-template name="label-with">
                  <xsl:with-param name="key" select="'tempat-tanggal'"/>
                  <xsl:with-param name="n1" select="'tempat'"/>
                  <xsl:with-param name="v1" select="$tempat"/>
                  <xsl:with-param name="n2" select="'tanggal'"/>
                  <xsl:with-param name="v2">
                    <xsl:call-template name="date"><xsl:with-param name="value" select="$L/@tanggal"/></xsl:call-template>
                  </xsl:with-param>
                </xsl:call-template>
              </xsl:when>
              <xsl:when test="$L/@tanggal">
                <xsl:call-template name="date"><xsl:with-param name="value" select="$L/@tanggal"/></xsl:call-template>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$tempat"/></xsl:otherwise>
            </xsl:choose>
          </div>
        </xsl:if>
      </div>
      <div class="kaki">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'dibuat-oleh'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', $L/@lkjip)"/>
      </div>
    </div>
  </xsl:template>

  <xsl:template name="html.daftar-isi">
    <nav class="daftar-isi" id="daftar-isi">
      <h2 class="tanpa-putus"><xsl:call-template name="L"><xsl:with-param name="k" select="'daftar-isi'"/></xsl:call-template></h2>
      <ol>
        <li><a href="#ikhtisar"><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.ikhtisar'"/></xsl:call-template></a></li>
        <li><a href="#bab-1"><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.1'"/></xsl:call-template></a></li>
        <li><a href="#bab-2"><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.2'"/></xsl:call-template></a></li>
        <li>
          <a href="#bab-3"><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.3'"/></xsl:call-template></a>
          <ol>
            <li>
              <a href="#bab-3-a"><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.3.a'"/></xsl:call-template></a>
              <ol class="daftar-sasaran">
                <xsl:for-each select="$semua-sasaran">
                  <li>
                    <a href="#sasaran-{position()}">
                      <xsl:call-template name="L"><xsl:with-param name="k" select="'sasaran'"/></xsl:call-template>
                      <xsl:value-of select="concat(' ', position(), ': ', normalize-space(r:uraian))"/>
                    </a>
                  </li>
                </xsl:for-each>
                <xsl:if test="$L/r:crosscutting">
                  <li><a href="#crosscutting"><xsl:call-template name="L"><xsl:with-param name="k" select="'crosscutting'"/></xsl:call-template></a></li>
                </xsl:if>
              </ol>
            </li>
            <li><a href="#bab-3-b"><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.3.b'"/></xsl:call-template></a></li>
          </ol>
        </li>
        <li><a href="#bab-4"><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.4'"/></xsl:call-template></a></li>
        <li>
          <a href="#lampiran"><xsl:call-template name="L"><xsl:with-param name="k" select="'lampiran'"/></xsl:call-template></a>
          <ol>
            <li><a href="#lampiran-pk"><xsl:call-template name="L"><xsl:with-param name="k" select="'lampiran.pk'"/></xsl:call-template></a></li>
            <li><a href="#lampiran-pohon"><xsl:call-template name="L"><xsl:with-param name="k" select="'lampiran.pohon'"/></xsl:call-template></a></li>
          </ol>
        </li>
      </ol>
    </nav>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Ikhtisar Eksekutif                                            -->
  <!-- ============================================================ -->

  <xsl:template name="html.ikhtisar">
    <section class="bab" id="ikhtisar">
      <h2><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.ikhtisar'"/></xsl:call-template></h2>
      <xsl:call-template name="html.narasi"><xsl:with-param name="bab" select="'ikhtisar'"/></xsl:call-template>
      <div class="kotak ringkas">
        <div class="ringkas-judul">
          <xsl:call-template name="label-with">
            <xsl:with-param name="key" select="'ikhtisar.capaian-unit'"/>
            <xsl:with-param name="n1" select="'unit'"/>
            <xsl:with-param name="v1" select="normalize-space($unit/r:nama)"/>
            <xsl:with-param name="n2" select="'periode'"/>
            <xsl:with-param name="v2" select="$periode-teks"/>
          </xsl:call-template>
        </div>
        <div class="ringkas-nilai">
          <xsl:call-template name="html.capaian"><xsl:with-param name="node" select="$L/r:capaian"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="html.kategori"><xsl:with-param name="node" select="$L/r:capaian"/></xsl:call-template>
        </div>
        <xsl:if test="$L/r:anggaran/@status = 'ok'">
          <div class="ringkas-anggaran">
            <xsl:call-template name="L"><xsl:with-param name="k" select="'serapan'"/></xsl:call-template>
            <xsl:text>: </xsl:text>
            <b><xsl:call-template name="percent"><xsl:with-param name="value" select="$L/r:anggaran/@serapan-tampil"/></xsl:call-template></b>
            <xsl:text> (</xsl:text>
            <xsl:call-template name="rupiah"><xsl:with-param name="value" select="$L/r:anggaran/@realisasi"/></xsl:call-template>
            <xsl:text> / </xsl:text>
            <xsl:call-template name="rupiah"><xsl:with-param name="value" select="$L/r:anggaran/@pagu"/></xsl:call-template>
            <xsl:text>)</xsl:text>
          </div>
        </xsl:if>
      </div>
      <table class="data ikhtisar">
        <caption>
          <xsl:call-template name="label-with">
            <xsl:with-param name="key" select="'ikhtisar.tabel'"/>
            <xsl:with-param name="n1" select="'periode'"/>
            <xsl:with-param name="v1" select="$periode-teks"/>
          </xsl:call-template>
        </caption>
        <thead>
          <tr>
            <th class="no"><xsl:call-template name="L"><xsl:with-param name="k" select="'no'"/></xsl:call-template></th>
            <th><xsl:call-template name="L"><xsl:with-param name="k" select="'sasaran'"/></xsl:call-template></th>
            <th><xsl:call-template name="L"><xsl:with-param name="k" select="'indikator'"/></xsl:call-template></th>
            <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'target'"/></xsl:call-template></th>
            <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'realisasi'"/></xsl:call-template></th>
            <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'capaian'"/></xsl:call-template></th>
            <th><xsl:call-template name="L"><xsl:with-param name="k" select="'kategori'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$semua-sasaran">
            <xsl:variable name="no" select="position()"/>
            <xsl:variable name="ind" select="r:indikator"/>
            <xsl:variable name="rows" select="count($ind) + number(count($ind) = 0)"/>
            <tr class="awal-kelompok">
              <td class="no" rowspan="{$rows}"><xsl:value-of select="$no"/></td>
              <td rowspan="{$rows}" class="sel-sasaran">
                <a href="#sasaran-{$no}"><xsl:value-of select="normalize-space(r:uraian)"/></a>
                <span class="sub">
                  <xsl:call-template name="L"><xsl:with-param name="k" select="'capaian-sasaran'"/></xsl:call-template>
                  <xsl:text>: </xsl:text>
                  <xsl:call-template name="html.capaian">
                    <xsl:with-param name="node" select="r:capaian"/>
                    <xsl:with-param name="aturan" select="false()"/>
                  </xsl:call-template>
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="html.kategori"><xsl:with-param name="node" select="r:capaian"/></xsl:call-template>
                </span>
              </td>
              <xsl:choose>
                <xsl:when test="$ind">
                  <xsl:call-template name="html.ikhtisar-sel"><xsl:with-param name="ind" select="$ind[1]"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise><td colspan="5" class="kosong">–</td></xsl:otherwise>
              </xsl:choose>
            </tr>
            <xsl:for-each select="$ind[position() &gt; 1]">
              <tr>
                <xsl:call-template name="html.ikhtisar-sel"><xsl:with-param name="ind" select="."/></xsl:call-template>
              </tr>
            </xsl:for-each>
          </xsl:for-each>
        </tbody>
        <tfoot>
          <tr class="total">
            <th colspan="5" class="kanan">
              <xsl:call-template name="L"><xsl:with-param name="k" select="'capaian-organisasi'"/></xsl:call-template>
            </th>
            <td class="angka"><xsl:call-template name="html.capaian"><xsl:with-param name="node" select="$L/r:capaian"/></xsl:call-template></td>
            <td><xsl:call-template name="html.kategori"><xsl:with-param name="node" select="$L/r:capaian"/></xsl:call-template></td>
          </tr>
        </tfoot>
      </table>
      <xsl:call-template name="html.legenda"/>
      <xsl:call-template name="html.sebaran-kategori"/>
    </section>
  </xsl:template>

  <xsl:template name="html.ikhtisar-sel">
    <xsl:param name="ind"/>
    <td><xsl:call-template name="html.nama-indikator"><xsl:with-param name="ind" select="$ind"/></xsl:call-template></td>
    <td class="angka">
      <xsl:call-template name="html.nilai"><xsl:with-param name="node" select="$ind/r:target-periode"/></xsl:call-template>
      <xsl:if test="$ind/r:satuan"><span class="satuan"><xsl:value-of select="$ind/r:satuan"/></span></xsl:if>
    </td>
    <td class="angka"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="$ind/r:realisasi"/></xsl:call-template></td>
    <td class="angka"><xsl:call-template name="html.capaian"><xsl:with-param name="node" select="$ind/r:capaian"/></xsl:call-template></td>
    <td><xsl:call-template name="html.kategori"><xsl:with-param name="node" select="$ind/r:capaian"/></xsl:call-template></td>
  </xsl:template>

  <!-- How many sasaran indicators fall in each category (and how many
       could not be computed). -->
  <xsl:template name="html.sebaran-kategori">
    <xsl:variable name="cap" select="$semua-sasaran/r:indikator/r:capaian"/>
    <table class="data sebaran">
      <caption><xsl:call-template name="L"><xsl:with-param name="k" select="'sebaran.judul'"/></xsl:call-template></caption>
      <thead>
        <tr>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'kategori'"/></xsl:call-template></th>
          <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'sebaran.jumlah'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$L/r:kebijakan/r:kategori">
          <xsl:variable name="kode" select="@kode"/>
          <tr>
            <td>
              <span class="kategori">
                <span class="warna">
                  <xsl:attribute name="style">
                    <xsl:text>background-color:</xsl:text>
                    <xsl:call-template name="html.warna"><xsl:with-param name="kode" select="$kode"/></xsl:call-template>
                  </xsl:attribute>
                </span>
                <xsl:call-template name="html.kategori-label">
                  <xsl:with-param name="kode" select="$kode"/>
                  <xsl:with-param name="label" select="@label"/>
                </xsl:call-template>
              </span>
            </td>
            <td class="angka"><xsl:value-of select="count($cap[@status = 'ok'][@kategori = $kode])"/></td>
          </tr>
        </xsl:for-each>
        <tr>
          <td><span class="tidak-dihitung"><xsl:call-template name="L"><xsl:with-param name="k" select="'tidak-dihitung'"/></xsl:call-template></span></td>
          <td class="angka"><xsl:value-of select="count($cap[@status != 'ok'])"/></td>
        </tr>
      </tbody>
      <tfoot>
        <tr class="total">
          <th class="kanan"><xsl:call-template name="L"><xsl:with-param name="k" select="'jumlah'"/></xsl:call-template></th>
          <td class="angka"><xsl:value-of select="count($cap)"/></td>
        </tr>
      </tfoot>
    </table>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Bab I Pendahuluan                                             -->
  <!-- ============================================================ -->

  <xsl:template name="html.bab-1">
    <section class="bab" id="bab-1">
      <h2><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.1'"/></xsl:call-template></h2>
      <xsl:if test="$L/r:masukan-hilang">
        <div class="peringatan">
          <b><xsl:call-template name="L"><xsl:with-param name="k" select="'masukan-hilang'"/></xsl:call-template>: </b>
          <xsl:for-each select="$L/r:masukan-hilang">
            <xsl:value-of select="@unit"/>
            <xsl:if test="position() != last()">, </xsl:if>
          </xsl:for-each>
        </div>
      </xsl:if>
      <xsl:for-each select="$L/r:versi-data">
        <div class="peringatan versi-data">
          <b><xsl:call-template name="L"><xsl:with-param name="k" select="'gerbang.data'"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:value-of select="$unit/r:nama"/>:</b>
          <xsl:text> </xsl:text><xsl:call-template name="L"><xsl:with-param name="k" select="'gerbang.versi'"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:call-template name="date"><xsl:with-param name="value" select="@diterima"/></xsl:call-template>
          <xsl:text>; </xsl:text><xsl:call-template name="L"><xsl:with-param name="k" select="'gerbang.kiriman'"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:call-template name="date"><xsl:with-param name="value" select="@ditolak"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:call-template name="L"><xsl:with-param name="k" select="'gerbang.ditolak'"/></xsl:call-template>
          <xsl:text>, </xsl:text><xsl:value-of select="@kesalahan"/>
          <xsl:text> </xsl:text><xsl:call-template name="L"><xsl:with-param name="k" select="'gerbang.kesalahan'"/></xsl:call-template>
          <xsl:text>.</xsl:text>
        </div>
      </xsl:for-each>
      <xsl:if test="$L/r:kiriman-ditolak">
        <div class="peringatan kiriman-ditolak">
          <b><xsl:call-template name="L"><xsl:with-param name="k" select="'gerbang.judul'"/></xsl:call-template></b>
          <ul>
            <xsl:for-each select="$L/r:kiriman-ditolak">
              <li>
                <xsl:value-of select="@berkas"/>
                <xsl:if test="@unit"> (<xsl:value-of select="@unit"/>)</xsl:if>
                <xsl:text>, </xsl:text><xsl:call-template name="date"><xsl:with-param name="value" select="@tanggal"/></xsl:call-template>
                <xsl:text>: </xsl:text><xsl:value-of select="@kesalahan"/>
                <xsl:text> </xsl:text><xsl:call-template name="L"><xsl:with-param name="k" select="'gerbang.kesalahan'"/></xsl:call-template>
                <xsl:text>; </xsl:text>
                <xsl:choose>
                  <xsl:when test="@versi-diterima">
                    <xsl:call-template name="L"><xsl:with-param name="k" select="'gerbang.dipakai'"/></xsl:call-template>
                    <xsl:text> </xsl:text><xsl:call-template name="date"><xsl:with-param name="value" select="@versi-diterima"/></xsl:call-template>
                  </xsl:when>
                  <xsl:when test="@unit-dari = 'berkas-lain'"><xsl:call-template name="L"><xsl:with-param name="k" select="'gerbang.berkas-lain'"/></xsl:call-template></xsl:when>
                  <xsl:otherwise><xsl:call-template name="L"><xsl:with-param name="k" select="'gerbang.absen'"/></xsl:call-template></xsl:otherwise>
                </xsl:choose>
              </li>
            </xsl:for-each>
          </ul>
        </div>
      </xsl:if>
      <h3><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.1.organisasi'"/></xsl:call-template></h3>
      <table class="data info">
        <tbody>
          <tr>
            <th><xsl:call-template name="L"><xsl:with-param name="k" select="'nama'"/></xsl:call-template></th>
            <td>
              <xsl:value-of select="normalize-space($unit/r:nama)"/>
              <xsl:if test="$unit/r:singkatan"><xsl:value-of select="concat(' (', normalize-space($unit/r:singkatan), ')')"/></xsl:if>
            </td>
          </tr>
          <tr>
            <th><xsl:call-template name="L"><xsl:with-param name="k" select="'kode'"/></xsl:call-template></th>
            <td><xsl:value-of select="$unit/@kode"/></td>
          </tr>
          <tr>
            <th><xsl:call-template name="L"><xsl:with-param name="k" select="'tingkat'"/></xsl:call-template></th>
            <td><xsl:call-template name="L"><xsl:with-param name="k" select="concat('tingkat.', $unit/@tingkat)"/></xsl:call-template></td>
          </tr>
          <xsl:if test="$unit/r:alamat">
            <tr>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'alamat'"/></xsl:call-template></th>
              <td><xsl:value-of select="$unit/r:alamat"/></td>
            </tr>
          </xsl:if>
          <tr>
            <th><xsl:call-template name="L"><xsl:with-param name="k" select="'kepala'"/></xsl:call-template></th>
            <td><xsl:call-template name="html.pejabat"><xsl:with-param name="p" select="$unit/r:kepala"/></xsl:call-template></td>
          </tr>
          <xsl:if test="$unit/r:atasan">
            <tr>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'atasan'"/></xsl:call-template></th>
              <td><xsl:call-template name="html.pejabat"><xsl:with-param name="p" select="$unit/r:atasan"/></xsl:call-template></td>
            </tr>
          </xsl:if>
          <tr>
            <th><xsl:call-template name="L"><xsl:with-param name="k" select="'rencana'"/></xsl:call-template></th>
            <td><xsl:value-of select="concat($unit/r:rencana/@dokumen, ' ', $unit/r:rencana/@awal, '–', $unit/r:rencana/@akhir)"/></td>
          </tr>
        </tbody>
      </table>
      <xsl:if test="$unit/r:visi or $unit/r:misi">
        <h3><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.1.visi-misi'"/></xsl:call-template></h3>
        <xsl:if test="$unit/r:visi">
          <h4><xsl:call-template name="L"><xsl:with-param name="k" select="'visi'"/></xsl:call-template></h4>
          <blockquote class="visi"><xsl:value-of select="$unit/r:visi"/></blockquote>
        </xsl:if>
        <xsl:if test="$unit/r:misi">
          <h4><xsl:call-template name="L"><xsl:with-param name="k" select="'misi'"/></xsl:call-template></h4>
          <ol class="misi">
            <xsl:for-each select="$unit/r:misi">
              <li><xsl:value-of select="."/></li>
            </xsl:for-each>
          </ol>
        </xsl:if>
      </xsl:if>
      <xsl:if test="$L/r:narasi[@bab = 'pendahuluan']">
        <h3><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.1.gambaran'"/></xsl:call-template></h3>
        <xsl:call-template name="html.narasi"><xsl:with-param name="bab" select="'pendahuluan'"/></xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="html.pejabat">
    <xsl:param name="p"/>
    <b><xsl:value-of select="$p/@nama"/></b>
    <xsl:if test="$p/@jabatan"><br/><xsl:value-of select="$p/@jabatan"/></xsl:if>
    <xsl:if test="$p/@pangkat"><br/><xsl:value-of select="$p/@pangkat"/></xsl:if>
    <xsl:if test="$p/@nip">
      <br/>
      <xsl:call-template name="L"><xsl:with-param name="k" select="'nip'"/></xsl:call-template>
      <xsl:value-of select="concat(' ', $p/@nip)"/>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Bab II Perencanaan Kinerja                                    -->
  <!-- ============================================================ -->

  <xsl:template name="html.bab-2">
    <xsl:variable name="awal" select="number($unit/r:rencana/@awal)"/>
    <xsl:variable name="akhir" select="number($unit/r:rencana/@akhir)"/>
    <xsl:variable name="kolom" select="$akhir - $awal + 1 + 5"/>
    <section class="bab" id="bab-2">
      <h2><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.2'"/></xsl:call-template></h2>
      <xsl:call-template name="html.narasi"><xsl:with-param name="bab" select="'perencanaan'"/></xsl:call-template>
      <h3 id="bab-2-a">
        <xsl:call-template name="label-with">
          <xsl:with-param name="key" select="'bab.2.a'"/>
          <xsl:with-param name="n1" select="'dokumen'"/>
          <xsl:with-param name="v1" select="$unit/r:rencana/@dokumen"/>
          <xsl:with-param name="n2" select="'awal'"/>
          <xsl:with-param name="v2" select="$awal"/>
          <xsl:with-param name="n3" select="'akhir'"/>
          <xsl:with-param name="v3" select="$akhir"/>
        </xsl:call-template>
      </h3>
      <table class="data rencana">
        <thead>
          <tr>
            <th rowspan="2"><xsl:call-template name="L"><xsl:with-param name="k" select="'indikator'"/></xsl:call-template></th>
            <th rowspan="2"><xsl:call-template name="L"><xsl:with-param name="k" select="'satuan'"/></xsl:call-template></th>
            <th rowspan="2" class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'kondisi-awal'"/></xsl:call-template></th>
            <th colspan="{$akhir - $awal + 1}"><xsl:call-template name="L"><xsl:with-param name="k" select="'target-per-tahun'"/></xsl:call-template></th>
            <th rowspan="2" class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'target-akhir'"/></xsl:call-template></th>
          </tr>
          <tr>
            <xsl:call-template name="html.tahun-th">
              <xsl:with-param name="from" select="$awal"/>
              <xsl:with-param name="to" select="$akhir"/>
            </xsl:call-template>
          </tr>
        </thead>
        <xsl:for-each select="$L/r:tujuan">
          <xsl:variable name="t" select="position()"/>
          <tbody>
            <tr class="baris-tujuan">
              <th colspan="{$kolom}">
                <xsl:call-template name="L"><xsl:with-param name="k" select="'tujuan'"/></xsl:call-template>
                <xsl:value-of select="concat(' ', $t, ': ', normalize-space(r:uraian))"/>
              </th>
            </tr>
            <xsl:for-each select="r:indikator">
              <xsl:call-template name="html.baris-rencana">
                <xsl:with-param name="awal" select="$awal"/>
                <xsl:with-param name="akhir" select="$akhir"/>
              </xsl:call-template>
            </xsl:for-each>
            <xsl:for-each select="r:sasaran">
              <xsl:variable name="no"><xsl:call-template name="html.nomor-sasaran"><xsl:with-param name="s" select="."/></xsl:call-template></xsl:variable>
              <tr class="baris-sasaran">
                <th colspan="{$kolom}">
                  <xsl:call-template name="L"><xsl:with-param name="k" select="'sasaran'"/></xsl:call-template>
                  <xsl:value-of select="concat(' ', $no, ': ', normalize-space(r:uraian))"/>
                </th>
              </tr>
              <xsl:for-each select="r:indikator">
                <xsl:call-template name="html.baris-rencana">
                  <xsl:with-param name="awal" select="$awal"/>
                  <xsl:with-param name="akhir" select="$akhir"/>
                </xsl:call-template>
              </xsl:for-each>
            </xsl:for-each>
          </tbody>
        </xsl:for-each>
      </table>

      <h3 id="bab-2-b">
        <xsl:call-template name="label-with">
          <xsl:with-param name="key" select="'bab.2.b'"/>
          <xsl:with-param name="n1" select="'tahun'"/>
          <xsl:with-param name="v1" select="$tahun"/>
        </xsl:call-template>
      </h3>
      <xsl:call-template name="html.pk-ringkas"/>

      <h3 id="bab-2-c"><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.2.c'"/></xsl:call-template></h3>
      <xsl:call-template name="html.keselarasan"/>
    </section>
  </xsl:template>

  <!-- One plan row (context: r:indikator). -->
  <xsl:template name="html.baris-rencana">
    <xsl:param name="awal"/>
    <xsl:param name="akhir"/>
    <tr>
      <td><xsl:call-template name="html.nama-indikator"><xsl:with-param name="ind" select="."/></xsl:call-template></td>
      <td class="satuan-sel"><xsl:value-of select="r:satuan"/></td>
      <td class="angka">
        <xsl:choose>
          <xsl:when test="r:baseline">
            <xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:baseline"/></xsl:call-template>
            <span class="sub"><xsl:value-of select="concat('(', r:baseline/@tahun, ')')"/></span>
          </xsl:when>
          <xsl:otherwise><span class="redup">–</span></xsl:otherwise>
        </xsl:choose>
      </td>
      <xsl:call-template name="html.target-td">
        <xsl:with-param name="ind" select="."/>
        <xsl:with-param name="from" select="$awal"/>
        <xsl:with-param name="to" select="$akhir"/>
      </xsl:call-template>
      <td class="angka"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="r:target-akhir"/></xsl:call-template></td>
    </tr>
  </xsl:template>

  <!-- The PK versions of the year, which one is in force, and its targets
       next to the plan's. -->
  <xsl:template name="html.pk-ringkas">
    <xsl:variable name="pks" select="$L/r:perjanjian-kinerja"/>
    <xsl:choose>
      <xsl:when test="not($pks)">
        <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'pk.tidak-ada'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="berlaku" select="$pks[@versi = $pk.versi][1]"/>
        <p>
          <xsl:call-template name="label-with">
            <xsl:with-param name="key" select="'pk.berlaku-kalimat'"/>
            <xsl:with-param name="n1" select="'versi'"/>
            <xsl:with-param name="v1" select="$berlaku/@versi"/>
            <xsl:with-param name="n2" select="'jenis'"/>
            <xsl:with-param name="v2">
              <xsl:call-template name="L"><xsl:with-param name="k" select="concat('pk.jenis.', $berlaku/@jenis)"/></xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="n3" select="'tanggal'"/>
            <xsl:with-param name="v3">
              <xsl:call-template name="date"><xsl:with-param name="value" select="$berlaku/@tanggal"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </p>
        <table class="data">
          <thead>
            <tr>
              <th class="no"><xsl:call-template name="L"><xsl:with-param name="k" select="'pk.versi'"/></xsl:call-template></th>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'pk.jenis'"/></xsl:call-template></th>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'pk.nomor'"/></xsl:call-template></th>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'tanggal'"/></xsl:call-template></th>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'pk.status'"/></xsl:call-template></th>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'pk.alasan'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$pks">
              <xsl:sort select="@versi" data-type="number"/>
              <tr>
                <xsl:if test="@versi = $pk.versi"><xsl:attribute name="class">berlaku</xsl:attribute></xsl:if>
                <td class="no"><xsl:value-of select="@versi"/></td>
                <td><xsl:call-template name="L"><xsl:with-param name="k" select="concat('pk.jenis.', @jenis)"/></xsl:call-template></td>
                <td><xsl:value-of select="@nomor"/></td>
                <td class="tanpa-putus">
                  <xsl:call-template name="date"><xsl:with-param name="value" select="@tanggal"/></xsl:call-template>
                  <xsl:if test="@tempat"><span class="sub"><xsl:value-of select="@tempat"/></span></xsl:if>
                </td>
                <td>
                  <xsl:choose>
                    <xsl:when test="@versi = $pk.versi"><b><xsl:call-template name="L"><xsl:with-param name="k" select="'pk.berlaku'"/></xsl:call-template></b></xsl:when>
                    <xsl:otherwise><xsl:call-template name="L"><xsl:with-param name="k" select="'pk.diganti'"/></xsl:call-template></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td><xsl:value-of select="normalize-space(r:alasan)"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <xsl:variable name="tw" select="boolean($semua-sasaran/r:indikator/r:target-pk/r:triwulan)"/>
        <table class="data">
          <caption>
            <xsl:call-template name="label-with">
              <xsl:with-param name="key" select="'pk.tabel-target'"/>
              <xsl:with-param name="n1" select="'versi'"/>
              <xsl:with-param name="v1" select="$berlaku/@versi"/>
            </xsl:call-template>
          </caption>
          <thead>
            <tr>
              <th class="no" rowspan="2"><xsl:call-template name="L"><xsl:with-param name="k" select="'no'"/></xsl:call-template></th>
              <th rowspan="2"><xsl:call-template name="L"><xsl:with-param name="k" select="'sasaran-strategis'"/></xsl:call-template></th>
              <th rowspan="2"><xsl:call-template name="L"><xsl:with-param name="k" select="'indikator-kinerja'"/></xsl:call-template></th>
              <th rowspan="2" class="angka">
                <xsl:call-template name="label-with">
                  <xsl:with-param name="key" select="'target-rencana'"/>
                  <xsl:with-param name="n1" select="'dokumen'"/>
                  <xsl:with-param name="v1" select="$unit/r:rencana/@dokumen"/>
                  <xsl:with-param name="n2" select="'tahun'"/>
                  <xsl:with-param name="v2" select="$tahun"/>
                </xsl:call-template>
              </th>
              <th rowspan="2" class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'target-pk'"/></xsl:call-template></th>
              <xsl:if test="$tw">
                <th colspan="4"><xsl:call-template name="L"><xsl:with-param name="k" select="'target-triwulan'"/></xsl:call-template></th>
              </xsl:if>
            </tr>
            <tr>
              <xsl:if test="$tw">
                <th class="angka">I</th><th class="angka">II</th><th class="angka">III</th><th class="angka">IV</th>
              </xsl:if>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$semua-sasaran">
              <xsl:variable name="no" select="position()"/>
              <xsl:variable name="ind" select="r:indikator"/>
              <xsl:for-each select="$ind">
                <tr>
                  <xsl:if test="position() = 1">
                    <xsl:attribute name="class">awal-kelompok</xsl:attribute>
                    <td class="no" rowspan="{count($ind)}"><xsl:value-of select="$no"/></td>
                    <td rowspan="{count($ind)}"><xsl:value-of select="normalize-space(../r:uraian)"/></td>
                  </xsl:if>
                  <td><xsl:call-template name="html.nama-indikator"><xsl:with-param name="ind" select="."/></xsl:call-template></td>
                  <td class="angka"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="r:target[@tahun = $tahun]"/></xsl:call-template></td>
                  <td class="angka">
                    <xsl:call-template name="pk.target">
                      <xsl:with-param name="ind" select="."/>
                      <xsl:with-param name="versi" select="number($berlaku/@versi)"/>
                      <xsl:with-param name="dengan-satuan" select="false()"/>
                    </xsl:call-template>
                  </td>
                  <xsl:if test="$tw">
                    <xsl:variable name="tpk" select="r:target-pk[number(@versi) &lt;= number($berlaku/@versi)]"/>
                    <xsl:variable name="v">
                      <xsl:for-each select="$tpk">
                        <xsl:sort select="@versi" data-type="number" order="descending"/>
                        <xsl:if test="position() = 1"><xsl:value-of select="@versi"/></xsl:if>
                      </xsl:for-each>
                    </xsl:variable>
                    <xsl:variable name="pk1" select="$tpk[@versi = $v]"/>
                    <td class="angka"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="$pk1/r:triwulan[@ke = 1]"/></xsl:call-template></td>
                    <td class="angka"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="$pk1/r:triwulan[@ke = 2]"/></xsl:call-template></td>
                    <td class="angka"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="$pk1/r:triwulan[@ke = 3]"/></xsl:call-template></td>
                    <td class="angka"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="$pk1/r:triwulan[@ke = 4]"/></xsl:call-template></td>
                  </xsl:if>
                </tr>
              </xsl:for-each>
            </xsl:for-each>
          </tbody>
        </table>
        <p class="catatan">
          <a href="#lampiran-pk"><xsl:call-template name="L"><xsl:with-param name="k" select="'pk.lihat-lampiran'"/></xsl:call-template></a>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Which sasaran one level up each sasaran supports. -->
  <xsl:template name="html.keselarasan">
    <table class="data">
      <thead>
        <tr>
          <th class="no"><xsl:call-template name="L"><xsl:with-param name="k" select="'no'"/></xsl:call-template></th>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'sasaran'"/></xsl:call-template></th>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'mendukung'"/></xsl:call-template></th>
          <xsl:if test="$semua-sasaran/r:didukung">
            <th><xsl:call-template name="L"><xsl:with-param name="k" select="'didukung-oleh'"/></xsl:call-template></th>
          </xsl:if>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$semua-sasaran">
          <tr>
            <td class="no"><xsl:value-of select="position()"/></td>
            <td><xsl:value-of select="normalize-space(r:uraian)"/></td>
            <td>
              <xsl:for-each select="r:mendukung">
                <div>
                  <xsl:choose>
                    <xsl:when test="r:uraian"><xsl:value-of select="normalize-space(r:uraian)"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="@sasaran"/></xsl:otherwise>
                  </xsl:choose>
                  <span class="sub">
                    <xsl:value-of select="@sasaran"/>
                    <xsl:if test="@unit"><xsl:value-of select="concat(' · ', @unit)"/></xsl:if>
                    <xsl:if test="@status = 'tidak-ada-di-masukan'">
                      <xsl:text> · </xsl:text>
                      <xsl:call-template name="L"><xsl:with-param name="k" select="'mendukung.tidak-ada'"/></xsl:call-template>
                    </xsl:if>
                  </span>
                </div>
              </xsl:for-each>
              <xsl:if test="not(r:mendukung)"><span class="redup">–</span></xsl:if>
            </td>
            <xsl:if test="$semua-sasaran/r:didukung">
              <td>
                <xsl:for-each select="r:didukung">
                  <div>
                    <xsl:value-of select="normalize-space(r:uraian)"/>
                    <span class="sub"><xsl:value-of select="normalize-space(r:unit-nama)"/></span>
                  </div>
                </xsl:for-each>
                <xsl:if test="not(r:didukung)"><span class="redup">–</span></xsl:if>
              </td>
            </xsl:if>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <p class="catatan">
      <a href="#lampiran-pohon"><xsl:call-template name="L"><xsl:with-param name="k" select="'pohon.lihat-lampiran'"/></xsl:call-template></a>
    </p>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Bab III Akuntabilitas Kinerja                                 -->
  <!-- ============================================================ -->

  <xsl:template name="html.bab-3">
    <section class="bab" id="bab-3">
      <h2><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.3'"/></xsl:call-template></h2>
      <xsl:call-template name="html.narasi"><xsl:with-param name="bab" select="'akuntabilitas'"/></xsl:call-template>
      <h3 id="bab-3-a"><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.3.a'"/></xsl:call-template></h3>
      <div class="kotak ringkas">
        <div class="ringkas-judul">
          <xsl:call-template name="L"><xsl:with-param name="k" select="'capaian-organisasi'"/></xsl:call-template>
        </div>
        <div class="ringkas-nilai">
          <xsl:call-template name="html.capaian"><xsl:with-param name="node" select="$L/r:capaian"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="html.kategori"><xsl:with-param name="node" select="$L/r:capaian"/></xsl:call-template>
        </div>
        <div class="sub">
          <xsl:call-template name="label-with">
            <xsl:with-param name="key" select="'rollup.dihitung'"/>
            <xsl:with-param name="n1" select="'dihitung'"/>
            <xsl:with-param name="v1" select="$L/r:capaian/@dihitung"/>
            <xsl:with-param name="n2" select="'dilewati'"/>
            <xsl:with-param name="v2" select="$L/r:capaian/@dilewati"/>
          </xsl:call-template>
        </div>
      </div>
      <xsl:call-template name="html.kebijakan"/>
      <xsl:for-each select="$L/r:tujuan">
        <xsl:call-template name="html.tujuan"><xsl:with-param name="no" select="position()"/></xsl:call-template>
      </xsl:for-each>
      <xsl:if test="$L/r:crosscutting">
        <xsl:call-template name="html.crosscutting"/>
      </xsl:if>
      <h3 id="bab-3-b"><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.3.b'"/></xsl:call-template></h3>
      <xsl:call-template name="html.anggaran"/>
    </section>
  </xsl:template>

  <!-- The measurement policies the numbers were computed with. -->
  <xsl:template name="html.kebijakan">
    <xsl:variable name="k" select="$L/r:kebijakan"/>
    <details class="kebijakan" open="open">
      <summary><xsl:call-template name="L"><xsl:with-param name="k" select="'kebijakan'"/></xsl:call-template></summary>
      <table class="data info kecil">
        <tbody>
          <xsl:for-each select="$k/@*">
            <tr>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="concat('kebijakan.', local-name())"/></xsl:call-template></th>
              <td>
                <xsl:variable name="vk" select="concat('kebijakan.nilai.', .)"/>
                <xsl:choose>
                  <xsl:when test="$labels/label[@key = $vk]"><xsl:value-of select="$labels/label[@key = $vk]"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <xsl:call-template name="html.legenda"/>
    </details>
  </xsl:template>

  <xsl:template name="html.tujuan">
    <xsl:param name="no"/>
    <div class="tujuan">
      <h4>
        <xsl:call-template name="L"><xsl:with-param name="k" select="'tujuan'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', $no, ': ', normalize-space(r:uraian))"/>
      </h4>
      <p class="garis-capaian">
        <xsl:call-template name="L"><xsl:with-param name="k" select="'capaian-tujuan'"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:call-template name="html.capaian"><xsl:with-param name="node" select="r:capaian"/><xsl:with-param name="aturan" select="false()"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="html.kategori"><xsl:with-param name="node" select="r:capaian"/></xsl:call-template>
        <span class="aturan sebaris"><xsl:value-of select="r:capaian/@aturan"/></span>
      </p>
      <xsl:if test="r:indikator">
        <xsl:call-template name="html.tabel-capaian">
          <xsl:with-param name="ind" select="r:indikator"/>
          <xsl:with-param name="judul">
            <xsl:call-template name="L"><xsl:with-param name="k" select="'tabel.indikator-tujuan'"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:for-each select="r:sasaran">
        <xsl:call-template name="html.sasaran"/>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- Target, realisasi, capaian, kategori of indicators ($rollup: a
       capaian for the footer row). -->
  <xsl:template name="html.tabel-capaian">
    <xsl:param name="ind"/>
    <xsl:param name="judul"/>
    <xsl:param name="rollup"/>
    <table class="data capaian">
      <xsl:if test="$judul != ''"><caption><xsl:value-of select="$judul"/></caption></xsl:if>
      <thead>
        <tr>
          <th class="no"><xsl:call-template name="L"><xsl:with-param name="k" select="'no'"/></xsl:call-template></th>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'indikator'"/></xsl:call-template></th>
          <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'target'"/></xsl:call-template></th>
          <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'realisasi'"/></xsl:call-template></th>
          <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'capaian'"/></xsl:call-template></th>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'kategori'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$ind">
          <tr>
            <td class="no"><xsl:value-of select="position()"/></td>
            <td>
              <xsl:call-template name="html.nama-indikator"><xsl:with-param name="ind" select="."/></xsl:call-template>
              <span class="sub"><xsl:value-of select="r:satuan"/></span>
            </td>
            <td class="angka"><xsl:call-template name="html.target"><xsl:with-param name="t" select="r:target-periode"/></xsl:call-template></td>
            <td class="angka"><xsl:call-template name="html.realisasi"><xsl:with-param name="r" select="r:realisasi"/></xsl:call-template></td>
            <td class="angka"><xsl:call-template name="html.capaian"><xsl:with-param name="node" select="r:capaian"/></xsl:call-template></td>
            <td><xsl:call-template name="html.kategori"><xsl:with-param name="node" select="r:capaian"/></xsl:call-template></td>
          </tr>
        </xsl:for-each>
      </tbody>
      <xsl:if test="$rollup">
        <tfoot>
          <tr class="total">
            <th colspan="4" class="kanan"><xsl:call-template name="L"><xsl:with-param name="k" select="'capaian-sasaran'"/></xsl:call-template></th>
            <td class="angka"><xsl:call-template name="html.capaian"><xsl:with-param name="node" select="$rollup"/></xsl:call-template></td>
            <td><xsl:call-template name="html.kategori"><xsl:with-param name="node" select="$rollup"/></xsl:call-template></td>
          </tr>
        </tfoot>
      </xsl:if>
    </table>
  </xsl:template>

  <!-- One sasaran with the seven analyses (context: r:sasaran). -->
  <xsl:template name="html.sasaran">
    <xsl:variable name="s" select="."/>
    <xsl:variable name="no"><xsl:call-template name="html.nomor-sasaran"><xsl:with-param name="s" select="."/></xsl:call-template></xsl:variable>
    <xsl:variable name="ind" select="r:indikator"/>
    <xsl:variable name="program" select="$L/r:program[@kode = $s/r:program/@kode]"/>
    <div class="sasaran" id="sasaran-{$no}">
      <h5>
        <span class="label-sasaran">
          <xsl:call-template name="L"><xsl:with-param name="k" select="'sasaran'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', $no)"/>
        </span>
        <xsl:value-of select="normalize-space(r:uraian)"/>
      </h5>
      <div class="sasaran-ringkas">
        <div>
          <xsl:call-template name="L"><xsl:with-param name="k" select="'capaian-sasaran'"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:call-template name="html.capaian"><xsl:with-param name="node" select="r:capaian"/><xsl:with-param name="aturan" select="false()"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="html.kategori"><xsl:with-param name="node" select="r:capaian"/></xsl:call-template>
          <span class="aturan sebaris"><xsl:value-of select="r:capaian/@aturan"/></span>
        </div>
        <xsl:for-each select="r:mendukung">
          <div>
            <xsl:call-template name="L"><xsl:with-param name="k" select="'mendukung'"/></xsl:call-template>
            <xsl:text>: </xsl:text>
            <xsl:choose>
              <xsl:when test="r:uraian"><xsl:value-of select="normalize-space(r:uraian)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="@sasaran"/></xsl:otherwise>
            </xsl:choose>
            <span class="sub sebaris"><xsl:value-of select="concat('(', @sasaran, ')')"/></span>
          </div>
        </xsl:for-each>
      </div>

      <xsl:if test="r:didukung">
        <table class="data kecil">
          <caption><xsl:call-template name="L"><xsl:with-param name="k" select="'didukung-oleh'"/></xsl:call-template></caption>
          <thead>
            <tr>
              <th class="no"><xsl:call-template name="L"><xsl:with-param name="k" select="'no'"/></xsl:call-template></th>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'unit-pendukung'"/></xsl:call-template></th>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'sasaran'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="r:didukung">
              <tr>
                <td class="no"><xsl:value-of select="position()"/></td>
                <td><xsl:value-of select="normalize-space(r:unit-nama)"/></td>
                <td><xsl:value-of select="normalize-space(r:uraian)"/><span class="sub"><xsl:value-of select="@sasaran"/></span></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:if>

      <!-- (1) target vs realisasi -->
      <h6><xsl:call-template name="html.judul-analisis"><xsl:with-param name="n" select="1"/></xsl:call-template></h6>
      <xsl:call-template name="html.tabel-capaian">
        <xsl:with-param name="ind" select="$ind"/>
        <xsl:with-param name="rollup" select="r:capaian"/>
      </xsl:call-template>
      <xsl:if test="$ind">
        <div class="grafik">
          <xsl:call-template name="chart.target-realisasi">
            <xsl:with-param name="indikator" select="$ind"/>
            <xsl:with-param name="title">
              <xsl:call-template name="L"><xsl:with-param name="k" select="'grafik.target-realisasi'"/></xsl:call-template>
              <xsl:value-of select="concat(' — ', $periode-teks)"/>
            </xsl:with-param>
          </xsl:call-template>
          <p class="keterangan-grafik"><xsl:call-template name="L"><xsl:with-param name="k" select="'grafik.skala-sendiri'"/></xsl:call-template></p>
        </div>
      </xsl:if>
      <xsl:variable name="berkala" select="$ind[count(r:realisasi-data/*[self::r:bulan or self::r:triwulan]) &gt;= 2]"/>
      <xsl:if test="$berkala">
        <div class="grafik-grup">
          <div class="grafik-grup-judul">
            <xsl:call-template name="L"><xsl:with-param name="k" select="'grafik.bulanan'"/></xsl:call-template>
          </div>
          <xsl:for-each select="$berkala">
            <div class="grafik">
              <xsl:call-template name="chart.progres"><xsl:with-param name="indikator" select="."/></xsl:call-template>
            </div>
          </xsl:for-each>
        </div>
      </xsl:if>

      <!-- (2) earlier years -->
      <h6><xsl:call-template name="html.judul-analisis"><xsl:with-param name="n" select="2"/></xsl:call-template></h6>
      <xsl:call-template name="html.tren"><xsl:with-param name="ind" select="$ind"/></xsl:call-template>

      <!-- (3) end-of-period target -->
      <h6><xsl:call-template name="html.judul-analisis"><xsl:with-param name="n" select="3"/></xsl:call-template></h6>
      <xsl:call-template name="html.banding">
        <xsl:with-param name="ind" select="$ind"/>
        <xsl:with-param name="jenis" select="'target-akhir'"/>
      </xsl:call-template>

      <!-- (4) national standard -->
      <h6><xsl:call-template name="html.judul-analisis"><xsl:with-param name="n" select="4"/></xsl:call-template></h6>
      <xsl:call-template name="html.banding">
        <xsl:with-param name="ind" select="$ind"/>
        <xsl:with-param name="jenis" select="'standar-nasional'"/>
      </xsl:call-template>

      <!-- (5) causes and solutions -->
      <h6><xsl:call-template name="html.judul-analisis"><xsl:with-param name="n" select="5"/></xsl:call-template></h6>
      <xsl:choose>
        <xsl:when test="r:analisis[@jenis != 'efisiensi']">
          <xsl:for-each select="r:analisis[@jenis = 'konteks']">
            <xsl:call-template name="html.analisis"/>
          </xsl:for-each>
          <xsl:for-each select="r:analisis[@jenis = 'penyebab']">
            <xsl:call-template name="html.analisis"/>
          </xsl:for-each>
          <xsl:for-each select="r:analisis[@jenis = 'solusi']">
            <xsl:call-template name="html.analisis"/>
          </xsl:for-each>
          <xsl:for-each select="r:analisis[@jenis != 'konteks' and @jenis != 'penyebab' and @jenis != 'solusi' and @jenis != 'efisiensi']">
            <xsl:call-template name="html.analisis"/>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'tidak-ada.analisis'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>

      <!-- (6) efficiency -->
      <h6><xsl:call-template name="html.judul-analisis"><xsl:with-param name="n" select="6"/></xsl:call-template></h6>
      <xsl:call-template name="html.efisiensi"><xsl:with-param name="program" select="$program"/></xsl:call-template>
      <xsl:for-each select="r:analisis[@jenis = 'efisiensi']">
        <xsl:call-template name="html.analisis"/>
      </xsl:for-each>

      <!-- (7) programs and kegiatan -->
      <h6><xsl:call-template name="html.judul-analisis"><xsl:with-param name="n" select="7"/></xsl:call-template></h6>
      <xsl:choose>
        <xsl:when test="$program">
          <xsl:call-template name="html.tabel-anggaran">
            <xsl:with-param name="program" select="$program"/>
          </xsl:call-template>
          <xsl:if test="$program/r:indikator">
            <table class="data kecil">
              <caption><xsl:call-template name="L"><xsl:with-param name="k" select="'indikator-program'"/></xsl:call-template></caption>
              <thead>
                <tr>
                  <th><xsl:call-template name="L"><xsl:with-param name="k" select="'program'"/></xsl:call-template></th>
                  <th><xsl:call-template name="L"><xsl:with-param name="k" select="'indikator'"/></xsl:call-template></th>
                  <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'target'"/></xsl:call-template></th>
                  <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'realisasi'"/></xsl:call-template></th>
                  <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'capaian'"/></xsl:call-template></th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$program/r:indikator">
                  <tr>
                    <td><span class="kode"><xsl:value-of select="../@kode"/></span></td>
                    <td>
                      <xsl:value-of select="normalize-space(r:nama)"/>
                      <span class="sub"><xsl:value-of select="r:satuan"/></span>
                    </td>
                    <td class="angka"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="r:target-periode"/></xsl:call-template></td>
                    <td class="angka"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="r:realisasi"/></xsl:call-template></td>
                    <td class="angka">
                      <xsl:call-template name="html.capaian"><xsl:with-param name="node" select="r:capaian"/></xsl:call-template>
                      <xsl:call-template name="html.kategori"><xsl:with-param name="node" select="r:capaian"/></xsl:call-template>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </xsl:if>
        </xsl:when>
        <xsl:when test="r:didukung">
          <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'program.di-opd'"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'tidak-ada.program'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template name="html.judul-analisis">
    <xsl:param name="n"/>
    <span class="nomor-analisis"><xsl:value-of select="concat('(', $n, ')')"/></span>
    <xsl:text> </xsl:text>
    <xsl:call-template name="L"><xsl:with-param name="k" select="concat('analisis.', $n)"/></xsl:call-template>
  </xsl:template>

  <!-- One analisis block (context) under the heading of its jenis. -->
  <xsl:template name="html.analisis">
    <div class="analisis">
      <div class="analisis-jenis">
        <xsl:call-template name="L"><xsl:with-param name="k" select="@jenis"/></xsl:call-template>
      </div>
      <div class="narasi"><xsl:apply-templates select="*"/></div>
    </div>
  </xsl:template>

  <!-- (2): realisasi of earlier years, this period, direction against last
       year; small trend charts. -->
  <xsl:template name="html.tren">
    <xsl:param name="ind"/>
    <xsl:variable name="y0"><xsl:call-template name="charts.min"><xsl:with-param name="nodes" select="$ind/r:realisasi-lalu/@tahun"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="string($y0) = '' or number($y0) &gt;= $tahun">
        <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'tidak-ada.tren'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <table class="data tren">
          <thead>
            <tr>
              <th rowspan="2"><xsl:call-template name="L"><xsl:with-param name="k" select="'indikator'"/></xsl:call-template></th>
              <th colspan="{$tahun - number($y0) + 1}"><xsl:call-template name="L"><xsl:with-param name="k" select="'realisasi'"/></xsl:call-template></th>
              <th rowspan="2">
                <xsl:call-template name="label-with">
                  <xsl:with-param name="key" select="'tren.arah'"/>
                  <xsl:with-param name="n1" select="'tahun'"/>
                  <xsl:with-param name="v1" select="$tahun - 1"/>
                </xsl:call-template>
              </th>
            </tr>
            <tr>
              <xsl:call-template name="html.tahun-th">
                <xsl:with-param name="from" select="number($y0)"/>
                <xsl:with-param name="to" select="$tahun"/>
              </xsl:call-template>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$ind">
              <tr>
                <td>
                  <xsl:call-template name="html.nama-indikator"><xsl:with-param name="ind" select="."/></xsl:call-template>
                  <span class="sub"><xsl:value-of select="r:satuan"/></span>
                </td>
                <xsl:call-template name="html.lalu-td">
                  <xsl:with-param name="ind" select="."/>
                  <xsl:with-param name="from" select="number($y0)"/>
                  <xsl:with-param name="to" select="$tahun - 1"/>
                </xsl:call-template>
                <td class="angka kini"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="r:realisasi"/></xsl:call-template></td>
                <td>
                  <xsl:variable name="tr" select="r:tren[@tahun = $tahun - 1]"/>
                  <xsl:choose>
                    <xsl:when test="not($tr)"><span class="redup">–</span></xsl:when>
                    <xsl:when test="$tr/@status = 'ok'">
                      <span class="arah arah-{$tr/@arah}">
                        <xsl:choose>
                          <xsl:when test="$tr/@arah = 'membaik'">▲ </xsl:when>
                          <xsl:when test="$tr/@arah = 'memburuk'">▼ </xsl:when>
                          <xsl:when test="$tr/@arah = 'tetap'">● </xsl:when>
                        </xsl:choose>
                        <xsl:call-template name="L"><xsl:with-param name="k" select="concat('arah.', $tr/@arah)"/></xsl:call-template>
                      </span>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:call-template name="html.tidak-dihitung"><xsl:with-param name="node" select="$tr"/></xsl:call-template>
                    </xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <div class="grafik-kecil">
          <xsl:for-each select="$ind[r:realisasi-lalu]">
            <div class="grafik">
              <xsl:call-template name="chart.tren"><xsl:with-param name="indikator" select="."/></xsl:call-template>
            </div>
          </xsl:for-each>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- (3) and (4): the realisasi against target-akhir or standar-nasional. -->
  <xsl:template name="html.banding">
    <xsl:param name="ind"/>
    <xsl:param name="jenis"/>
    <xsl:variable name="ada" select="$ind[*[local-name() = $jenis]]"/>
    <xsl:choose>
      <xsl:when test="not($ada)">
        <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="concat('tidak-ada.', $jenis)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <table class="data">
          <thead>
            <tr>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'indikator'"/></xsl:call-template></th>
              <th class="angka">
                <xsl:call-template name="L"><xsl:with-param name="k" select="'realisasi'"/></xsl:call-template>
                <xsl:value-of select="concat(' ', $tahun)"/>
              </th>
              <th class="angka">
                <xsl:choose>
                  <xsl:when test="$jenis = 'target-akhir'">
                    <xsl:call-template name="L"><xsl:with-param name="k" select="'target-akhir'"/></xsl:call-template>
                    <xsl:value-of select="concat(' (', $unit/r:rencana/@akhir, ')')"/>
                  </xsl:when>
                  <xsl:otherwise><xsl:call-template name="L"><xsl:with-param name="k" select="'standar-nasional'"/></xsl:call-template></xsl:otherwise>
                </xsl:choose>
              </th>
              <th class="angka">
                <xsl:call-template name="L"><xsl:with-param name="k" select="concat('capaian.terhadap-', $jenis)"/></xsl:call-template>
              </th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$ind">
              <xsl:variable name="acuan" select="*[local-name() = $jenis]"/>
              <xsl:variable name="hasil" select="*[local-name() = concat('terhadap-', $jenis)]"/>
              <tr>
                <td>
                  <xsl:call-template name="html.nama-indikator"><xsl:with-param name="ind" select="."/></xsl:call-template>
                  <span class="sub"><xsl:value-of select="r:satuan"/></span>
                </td>
                <td class="angka"><xsl:call-template name="html.nilai"><xsl:with-param name="node" select="r:realisasi"/></xsl:call-template></td>
                <xsl:choose>
                  <xsl:when test="$acuan">
                    <td class="angka">
                      <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$acuan"/></xsl:call-template>
                      <xsl:if test="$acuan/@sumber"><span class="aturan"><xsl:value-of select="$acuan/@sumber"/></span></xsl:if>
                    </td>
                    <td class="angka"><xsl:call-template name="html.capaian"><xsl:with-param name="node" select="$hasil"/></xsl:call-template></td>
                  </xsl:when>
                  <xsl:otherwise>
                    <td colspan="2" class="kosong">
                      <xsl:call-template name="L"><xsl:with-param name="k" select="concat($jenis, '.tidak-ada-indikator')"/></xsl:call-template>
                    </td>
                  </xsl:otherwise>
                </xsl:choose>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- (6): each supporting program's efficiency with its inputs. -->
  <xsl:template name="html.efisiensi">
    <xsl:param name="program"/>
    <xsl:choose>
      <xsl:when test="not($program)">
        <xsl:choose>
          <xsl:when test="r:didukung">
            <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'efisiensi.pemda'"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'tidak-ada.program'"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <table class="data">
          <thead>
            <tr>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'program'"/></xsl:call-template></th>
              <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'capaian-program'"/></xsl:call-template></th>
              <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'serapan'"/></xsl:call-template></th>
              <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'efisiensi'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$program">
              <tr>
                <td><span class="kode"><xsl:value-of select="@kode"/></span><xsl:text> </xsl:text><xsl:value-of select="normalize-space(r:nama)"/></td>
                <td class="angka"><xsl:call-template name="html.capaian"><xsl:with-param name="node" select="r:capaian"/></xsl:call-template></td>
                <td class="angka">
                  <xsl:call-template name="html.serapan"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
                </td>
                <td class="angka">
                  <xsl:choose>
                    <xsl:when test="not(r:efisiensi)">
                      <span class="redup">–</span>
                      <span class="aturan"><xsl:call-template name="L"><xsl:with-param name="k" select="'efisiensi.tanpa-indikator'"/></xsl:call-template></span>
                    </xsl:when>
                    <xsl:when test="r:efisiensi/@status = 'ok'">
                      <span class="persen">
                        <xsl:call-template name="shown"><xsl:with-param name="value" select="r:efisiensi/@tampil"/></xsl:call-template>
                      </span>
                      <span class="aturan"><xsl:value-of select="r:efisiensi/@aturan"/></span>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:call-template name="html.tidak-dihitung"><xsl:with-param name="node" select="r:efisiensi"/></xsl:call-template>
                      <span class="aturan"><xsl:value-of select="r:efisiensi/@aturan"/></span>
                    </xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="html.serapan">
    <xsl:param name="a"/>
    <xsl:choose>
      <xsl:when test="$a/@status = 'ok'">
        <xsl:call-template name="percent"><xsl:with-param name="value" select="$a/@serapan-tampil"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="html.tidak-dihitung"><xsl:with-param name="node" select="$a"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Program and kegiatan budget rows; $total: the unit's anggaran for a
       footer row. -->
  <xsl:template name="html.tabel-anggaran">
    <xsl:param name="program"/>
    <xsl:param name="total"/>
    <table class="data anggaran">
      <thead>
        <tr>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'kode'"/></xsl:call-template></th>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'program-kegiatan'"/></xsl:call-template></th>
          <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'pagu'"/></xsl:call-template></th>
          <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'realisasi-anggaran'"/></xsl:call-template></th>
          <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'serapan'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$program">
          <tr class="baris-program">
            <td class="kode"><xsl:value-of select="@kode"/></td>
            <td><xsl:value-of select="normalize-space(r:nama)"/></td>
            <xsl:call-template name="html.sel-anggaran"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
          </tr>
          <xsl:for-each select="r:kegiatan">
            <tr class="baris-kegiatan">
              <td class="kode"><xsl:value-of select="@kode"/></td>
              <td class="menjorok"><xsl:value-of select="normalize-space(r:nama)"/></td>
              <xsl:call-template name="html.sel-anggaran"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
            </tr>
          </xsl:for-each>
        </xsl:for-each>
      </tbody>
      <xsl:if test="$total">
        <tfoot>
          <tr class="total">
            <th colspan="2" class="kanan"><xsl:call-template name="L"><xsl:with-param name="k" select="'jumlah'"/></xsl:call-template></th>
            <xsl:call-template name="html.sel-anggaran"><xsl:with-param name="a" select="$total"/></xsl:call-template>
          </tr>
        </tfoot>
      </xsl:if>
    </table>
  </xsl:template>

  <xsl:template name="html.sel-anggaran">
    <xsl:param name="a"/>
    <td class="angka"><xsl:call-template name="rupiah"><xsl:with-param name="value" select="$a/@pagu"/></xsl:call-template></td>
    <td class="angka"><xsl:call-template name="rupiah"><xsl:with-param name="value" select="$a/@realisasi"/></xsl:call-template></td>
    <td class="angka"><xsl:call-template name="html.serapan"><xsl:with-param name="a" select="$a"/></xsl:call-template></td>
  </xsl:template>

  <!-- A pemda's matrix: the supporting units (rows, any number of them)
       × its sasaran (columns); a cell lists the unit's sasaran that support
       that one. -->
  <xsl:template name="html.crosscutting">
    <xsl:variable name="units" select="$L/r:crosscutting/r:sasaran/r:pendukung[generate-id() = generate-id(key('html.cc-unit', @unit)[1])]"/>
    <xsl:variable name="kolom" select="$L/r:crosscutting/r:sasaran"/>
    <h4 id="crosscutting"><xsl:call-template name="L"><xsl:with-param name="k" select="'crosscutting'"/></xsl:call-template></h4>
    <p class="catatan"><xsl:call-template name="L"><xsl:with-param name="k" select="'crosscutting.keterangan'"/></xsl:call-template></p>
    <div class="lebar">
      <table class="data matriks">
        <thead>
          <tr>
            <th class="kolom-unit"><xsl:call-template name="L"><xsl:with-param name="k" select="'unit-pendukung'"/></xsl:call-template></th>
            <xsl:for-each select="$kolom">
              <xsl:variable name="cs" select="."/>
              <xsl:variable name="s" select="$semua-sasaran[@id = $cs/@id]"/>
              <th>
                <xsl:if test="number(@jumlah-unit) &gt; 1"><xsl:attribute name="class">lintas</xsl:attribute></xsl:if>
                <xsl:choose>
                  <xsl:when test="$s">
                    <xsl:attribute name="title"><xsl:value-of select="normalize-space($s/r:uraian)"/></xsl:attribute>
                    <xsl:call-template name="L"><xsl:with-param name="k" select="'sasaran'"/></xsl:call-template>
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="html.nomor-sasaran"><xsl:with-param name="s" select="$s"/></xsl:call-template>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="@id"/></xsl:otherwise>
                </xsl:choose>
                <xsl:if test="number(@jumlah-unit) &gt; 1">
                  <span class="tanda-lintas"><xsl:call-template name="L"><xsl:with-param name="k" select="'crosscutting.tanda'"/></xsl:call-template></span>
                </xsl:if>
              </th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$units">
            <xsl:variable name="u" select="@unit"/>
            <tr>
              <td>
                <xsl:variable name="nama" select="($L//r:didukung[@unit = $u]/r:unit-nama)[1]"/>
                <xsl:choose>
                  <xsl:when test="$nama"><xsl:value-of select="normalize-space($nama)"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$u"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <xsl:for-each select="$kolom">
                <xsl:variable name="p" select="r:pendukung[@unit = $u]"/>
                <td class="tengah">
                  <xsl:if test="number(@jumlah-unit) &gt; 1"><xsl:attribute name="class">tengah lintas</xsl:attribute></xsl:if>
                  <xsl:choose>
                    <xsl:when test="$p">
                      <span class="titik">●</span>
                      <span class="sub">
                        <xsl:for-each select="$p">
                          <xsl:value-of select="@sasaran"/>
                          <xsl:if test="position() != last()">, </xsl:if>
                        </xsl:for-each>
                      </span>
                    </xsl:when>
                    <xsl:otherwise><span class="redup">–</span></xsl:otherwise>
                  </xsl:choose>
                </td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
        <tfoot>
          <tr class="total">
            <th class="kanan"><xsl:call-template name="L"><xsl:with-param name="k" select="'crosscutting.jumlah-unit'"/></xsl:call-template></th>
            <xsl:for-each select="$kolom">
              <td class="tengah"><xsl:value-of select="@jumlah-unit"/></td>
            </xsl:for-each>
          </tr>
        </tfoot>
      </table>
    </div>
    <ul class="kunci-sasaran">
      <xsl:for-each select="$kolom">
        <xsl:variable name="cs" select="."/>
        <xsl:variable name="s" select="$semua-sasaran[@id = $cs/@id]"/>
        <xsl:if test="$s">
          <li>
            <b>
              <xsl:call-template name="L"><xsl:with-param name="k" select="'sasaran'"/></xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:call-template name="html.nomor-sasaran"><xsl:with-param name="s" select="$s"/></xsl:call-template>
              <xsl:text>: </xsl:text>
            </b>
            <xsl:value-of select="normalize-space($s/r:uraian)"/>
          </li>
        </xsl:if>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- B. Realisasi Anggaran -->
  <xsl:template name="html.anggaran">
    <xsl:variable name="program" select="$L/r:program"/>
    <xsl:choose>
      <xsl:when test="$program">
        <xsl:call-template name="html.tabel-anggaran">
          <xsl:with-param name="program" select="$program"/>
          <xsl:with-param name="total" select="$L/r:anggaran"/>
        </xsl:call-template>
        <div class="grafik">
          <xsl:call-template name="chart.serapan"><xsl:with-param name="program" select="$program"/></xsl:call-template>
        </div>
      </xsl:when>
      <xsl:when test="$pemda">
        <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'anggaran.pemda'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <table class="data info">
          <tbody>
            <tr>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'pagu'"/></xsl:call-template></th>
              <td class="angka"><xsl:call-template name="rupiah"><xsl:with-param name="value" select="$L/r:anggaran/@pagu"/></xsl:call-template></td>
            </tr>
            <tr>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'realisasi-anggaran'"/></xsl:call-template></th>
              <td class="angka"><xsl:call-template name="rupiah"><xsl:with-param name="value" select="$L/r:anggaran/@realisasi"/></xsl:call-template></td>
            </tr>
            <tr>
              <th><xsl:call-template name="L"><xsl:with-param name="k" select="'serapan'"/></xsl:call-template></th>
              <td class="angka"><xsl:call-template name="html.serapan"><xsl:with-param name="a" select="$L/r:anggaran"/></xsl:call-template></td>
            </tr>
          </tbody>
        </table>
        <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'tidak-ada.program-unit'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="html.narasi"><xsl:with-param name="bab" select="'anggaran'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Bab IV, Lampiran                                              -->
  <!-- ============================================================ -->

  <xsl:template name="html.bab-4">
    <section class="bab" id="bab-4">
      <h2><xsl:call-template name="L"><xsl:with-param name="k" select="'bab.4'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="$L/r:narasi[@bab = 'penutup']">
          <xsl:call-template name="html.narasi"><xsl:with-param name="bab" select="'penutup'"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'narasi.tidak-ada'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:variable name="pk" select="$L/r:perjanjian-kinerja[@versi = $pk.versi][1]"/>
      <xsl:if test="$unit/r:kepala">
        <table class="pk-ttd ttd-laporan">
          <tr>
            <td></td>
            <td>
              <xsl:variable name="tempat">
                <xsl:choose>
                  <xsl:when test="$L/@tempat"><xsl:value-of select="$L/@tempat"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$pk/@tempat"/></xsl:otherwise>
                </xsl:choose>
              </xsl:variable>
              <xsl:if test="$L/@tanggal">
                <div>
                  <xsl:call-template name="label-with">
                    <xsl:with-param name="key" select="'tempat-tanggal'"/>
                    <xsl:with-param name="n1" select="'tempat'"/>
                    <xsl:with-param name="v1" select="$tempat"/>
                    <xsl:with-param name="n2" select="'tanggal'"/>
                    <xsl:with-param name="v2">
                      <xsl:call-template name="date"><xsl:with-param name="value" select="$L/@tanggal"/></xsl:call-template>
                    </xsl:with-param>
                  </xsl:call-template>
                </div>
              </xsl:if>
              <div class="ttd-jabatan"><xsl:value-of select="$unit/r:kepala/@jabatan"/></div>
              <div class="ttd-ruang"></div>
              <div class="ttd-nama"><xsl:value-of select="$unit/r:kepala/@nama"/></div>
              <xsl:if test="$unit/r:kepala/@pangkat"><div class="sub"><xsl:value-of select="$unit/r:kepala/@pangkat"/></div></xsl:if>
              <xsl:if test="$unit/r:kepala/@nip">
                <div class="sub">
                  <xsl:call-template name="L"><xsl:with-param name="k" select="'nip'"/></xsl:call-template>
                  <xsl:value-of select="concat('. ', $unit/r:kepala/@nip)"/>
                </div>
              </xsl:if>
            </td>
          </tr>
        </table>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="html.lampiran">
    <section class="bab" id="lampiran">
      <h2><xsl:call-template name="L"><xsl:with-param name="k" select="'lampiran'"/></xsl:call-template></h2>
      <h3 id="lampiran-pk"><xsl:call-template name="L"><xsl:with-param name="k" select="'lampiran.pk'"/></xsl:call-template></h3>
      <div class="lampiran-pk">
        <xsl:call-template name="pk.dokumen"/>
      </div>
    </section>
    <section class="bab pohon-halaman" id="lampiran-pohon">
      <h3><xsl:call-template name="L"><xsl:with-param name="k" select="'lampiran.pohon'"/></xsl:call-template></h3>
      <xsl:choose>
        <xsl:when test="$L/r:pohon-kinerja/r:simpul-simpul/r:simpul">
          <p class="catatan"><xsl:call-template name="L"><xsl:with-param name="k" select="'pohon.keterangan'"/></xsl:call-template></p>
          <!-- one drawing per top-level branch (same width and scale), so
               that print breaks between branches, never inside a box -->
          <div class="pohon">
            <xsl:for-each select="$L/r:pohon-kinerja/r:simpul-simpul/r:simpul[@tingkat = 0]">
              <xsl:sort select="@y" data-type="number"/>
              <div class="pohon-cabang">
                <xsl:call-template name="chart.pohon-cabang">
                  <xsl:with-param name="pohon" select="$L/r:pohon-kinerja"/>
                  <xsl:with-param name="akar" select="@no"/>
                  <xsl:with-param name="legenda" select="position() = 1"/>
                  <xsl:with-param name="title">
                    <xsl:call-template name="L"><xsl:with-param name="k" select="'pohon-kinerja'"/></xsl:call-template>
                    <xsl:value-of select="concat(' — ', normalize-space(r:label))"/>
                  </xsl:with-param>
                </xsl:call-template>
              </div>
            </xsl:for-each>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="html.kosong"><xsl:with-param name="k" select="'pohon.kosong'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- CSS                                                           -->
  <!-- ============================================================ -->

  <xsl:template name="html.css">
    <xsl:text>
@page { size: A4; margin: 20mm 18mm 18mm 22mm; @bottom-right { content: counter(page); font-size: 9pt; color: #57606a; } }
@page :first { @bottom-right { content: none; } }
@page lanskap { size: A4 landscape; margin: 14mm 14mm 14mm 14mm; }
html { background: #e9ecf0; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.5; color: #1f2328; }
.dokumen { max-width: 1060px; margin: 24px auto; background: #fff; padding: 36px 56px 28px; box-shadow: 0 1px 4px rgba(0,0,0,.16); }
a { color: #1f4e79; }
h1, h2, h3, h4, h5, h6 { line-height: 1.3; }
h2 { font-size: 17pt; color: #1f3b5c; border-bottom: 2px solid #1f3b5c; padding-bottom: 4px; margin: 2.4em 0 .8em; }
h3 { font-size: 13.5pt; color: #1f3b5c; margin: 1.8em 0 .6em; }
h4 { font-size: 12pt; margin: 1.6em 0 .4em; color: #1f2328; }
h5 { font-size: 11.5pt; background: #eef2f7; border-left: 5px solid #1f3b5c; padding: 7px 10px; margin: 1.8em 0 .6em; }
h5 .label-sasaran { display: block; font-size: 9pt; text-transform: uppercase; letter-spacing: .05em; color: #57606a; }
h6 { font-size: 10.5pt; margin: 1.4em 0 .4em; color: #1f3b5c; }
h6 .nomor-analisis { display: inline-block; min-width: 2em; }
p { margin: .5em 0; }
.narasi { text-align: justify; }
.narasi ul, .narasi ol { margin: .4em 0 .6em; padding-left: 1.6em; }
.kosong { color: #57606a; font-style: italic; }
.redup { color: #8c959f; }
.sub { display: block; font-size: 8.5pt; color: #57606a; }
.sebaris { display: inline; margin-left: .5em; }
.catatan { font-size: 9pt; color: #57606a; }
.tanpa-putus { white-space: nowrap; }

/* sampul */
.sampul { text-align: center; padding: 60px 0 40px; border-bottom: 1px solid #d0d7de; margin-bottom: 24px; }
.sampul-jenis { font-size: 15pt; font-weight: bold; letter-spacing: .06em; text-transform: uppercase; color: #1f3b5c; }
.sampul-singkat { font-size: 13pt; color: #1f3b5c; margin-top: .2em; }
.sampul h1 { margin: 2.2em 0 .6em; }
.sampul-unit { display: block; font-size: 22pt; text-transform: uppercase; color: #1f2328; }
.sampul-periode { display: block; font-size: 15pt; font-weight: normal; margin-top: .6em; color: #1f3b5c; }
.sampul-garis { width: 40%; margin: 1.6em auto; border-top: 3px double #1f3b5c; }
.sampul-bawah { color: #3d4651; font-size: 11pt; }
.sampul-tanggal { margin-top: .4em; }

/* daftar isi */
.daftar-isi ol { list-style: none; padding-left: 1.2em; margin: .2em 0; }
.daftar-isi > ol { padding-left: 0; }
.daftar-isi li { margin: .15em 0; }
.daftar-isi a { text-decoration: none; }
.daftar-isi a:hover { text-decoration: underline; }
.daftar-sasaran { font-size: 9.5pt; }
.sel-sasaran a { color: inherit; text-decoration: none; }

/* tables */
table.data { width: 100%; border-collapse: collapse; margin: .6em 0 1.1em; font-size: 9.3pt; line-height: 1.35; }
table.data caption { caption-side: top; text-align: left; font-weight: bold; font-size: 9.5pt; padding: 0 0 .3em; color: #1f3b5c; }
table.data th, table.data td { border: 1px solid #9aa5b1; padding: 4px 6px; vertical-align: top; text-align: left; }
table.data thead th { background: #e3e9f0; text-align: center; vertical-align: middle; font-weight: bold; }
table.data thead { display: table-header-group; }
table.data tfoot { display: table-footer-group; }
table.data tr.total th, table.data tr.total td { background: #f3f5f8; font-weight: bold; }
table.data th.kanan, table.data td.kanan { text-align: right; }
table.data .angka { text-align: right; font-variant-numeric: tabular-nums; }
table.data thead th.angka { text-align: center; }
table.data td.angka { white-space: nowrap; }
table.data .no { width: 2.2em; text-align: center; }
table.data .tengah { text-align: center; }
table.data .kini { background: #f6f8e9; }
table.data thead th.kini { background: #e6ebcf; }
table.data.info th { width: 28%; background: #f3f5f8; font-weight: bold; }
table.data.kecil { font-size: 8.8pt; }
table.data.rencana { font-size: 8.6pt; }
table.data.rencana td.angka { white-space: normal; }
table.data.rencana td:first-child { min-width: 12em; }
table.data .baris-tujuan th { background: #1f3b5c; color: #fff; text-align: left; }
table.data .baris-sasaran th { background: #dce6f1; text-align: left; }
table.data .baris-program td { font-weight: bold; background: #f7f9fb; }
table.data .menjorok { padding-left: 1.6em; }
table.data td.kode, span.kode { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt; white-space: nowrap; color: #3d4651; }
table.data tr.berlaku td { background: #eef6ee; }
table.data.matriks th, table.data.matriks td { font-size: 8.6pt; }
table.data.matriks { table-layout: fixed; }
table.data.matriks .kolom-unit { width: 24%; }
table.data.matriks thead th { font-weight: normal; vertical-align: top; overflow-wrap: anywhere; }
ul.kunci-sasaran { list-style: none; padding: 0; margin: -.6em 0 1em; font-size: 8.5pt; color: #3d4651; columns: 2; column-gap: 2em; }
ul.kunci-sasaran li { break-inside: avoid; }
table.data.matriks th.lintas, table.data.matriks td.lintas { background: #fdf3e7; }
.tanda-lintas { display: inline-block; margin-left: .4em; padding: 0 .35em; border: 1px dashed #b35900; color: #b35900; font-size: 7.5pt; border-radius: 2px; }
.titik { color: #1f3b5c; }
table.sebaran { width: auto; min-width: 40%; }
.lebar { overflow-x: auto; }
.satuan, .satuan-sel { font-size: 8.5pt; color: #57606a; }
.satuan { display: block; }
td.angka .satuan { white-space: normal; }

/* values */
.persen { font-weight: bold; }
.aturan { display: block; font-size: 7.8pt; color: #57606a; white-space: normal; line-height: 1.25; overflow-wrap: anywhere; }
.alasan, .sub, .satuan, .catatan-data { overflow-wrap: anywhere; }
.aturan.sebaris { display: inline; }
.rasio { font-variant-numeric: tabular-nums; }
.catatan-data { display: block; font-size: 7.8pt; color: #8a5a00; }
.dibatasi { display: block; font-size: 7.8pt; color: #8a5a00; }
.tidak-dihitung { color: #9a1b1b; font-style: italic; font-weight: bold; white-space: nowrap; }
.alasan { display: block; font-size: 8pt; color: #9a1b1b; white-space: normal; }
.kategori { white-space: nowrap; }
td .kategori, td .tidak-dihitung { white-space: normal; }
.warna { display: inline-block; width: .85em; height: .85em; border-radius: 2px; vertical-align: -.08em; margin-right: .35em; border: 1px solid rgba(0,0,0,.3); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.iku { display: inline-block; font-size: 7pt; font-weight: bold; color: #1f3b5c; border: 1px solid #1f3b5c; border-radius: 2px; padding: 0 .3em; vertical-align: .1em; }
.arah { white-space: nowrap; }
.arah-membaik { color: #1a7f37; }
.arah-memburuk { color: #9a1b1b; }
.legenda { font-size: 8.8pt; margin: .3em 0 1em; color: #3d4651; }
.legenda .kategori { margin-right: 1.1em; }
.legenda-judul { font-weight: bold; margin-right: .6em; }
.legenda .rentang { color: #57606a; }

/* boxes */
.kotak { border: 1px solid #c9d1da; background: #f7f9fb; padding: 10px 14px; margin: .8em 0 1em; }
.ringkas-judul { font-size: 9.5pt; color: #57606a; }
.ringkas-nilai { font-size: 15pt; }
.ringkas-nilai .kategori { font-size: 11pt; margin-left: .6em; }
.ringkas-nilai .aturan { font-size: 8pt; }
.ringkas-anggaran { font-size: 9.5pt; margin-top: .2em; }
.peringatan { border: 1px solid #d4a72c; background: #fff8e5; padding: 8px 12px; margin: .8em 0; }
.kebijakan { margin: .6em 0 1em; font-size: 9pt; }
.kebijakan summary { font-weight: bold; color: #1f3b5c; cursor: pointer; }
blockquote.visi { margin: .4em 0 1em; padding: 8px 14px; border-left: 4px solid #1f3b5c; background: #f7f9fb; font-style: italic; }
.garis-capaian { font-size: 10pt; }
.sasaran-ringkas { font-size: 10pt; margin: .2em 0 .8em; }
.analisis { margin: .4em 0 .8em; }
.analisis-jenis { font-weight: bold; font-size: 9.5pt; color: #3d4651; text-transform: uppercase; letter-spacing: .04em; }

/* charts */
.grafik { margin: .6em 0 1em; }
svg.chart { display: block; max-width: 100%; height: auto; }
.keterangan-grafik { font-size: 8.5pt; color: #57606a; margin: .2em 0 0; }
.grafik-grup-judul { font-weight: bold; font-size: 9.5pt; color: #1f3b5c; margin: .8em 0 .2em; }
.grafik-kecil { display: flex; flex-wrap: wrap; gap: 12px; }
.grafik-kecil .grafik { flex: 0 1 330px; margin: 0; }
.pohon { margin: 0 -40px; }
.pohon svg.chart { margin: 0 auto; }
.pohon-cabang svg.chart + svg.chart { margin-top: 0; }

/* signature of the report */
.ttd-laporan { margin-top: 2.4em; width: 100%; }
.ttd-laporan td { width: 50%; text-align: center; vertical-align: top; }
.ttd-jabatan { font-weight: bold; }
.ttd-ruang { height: 5em; }
.ttd-nama { font-weight: bold; text-decoration: underline; }
.lampiran-pk { border: 1px solid #d0d7de; padding: 18px 26px; }
.lampiran-pk .pk { font-size: 10.5pt; }
.kaki { margin-top: 4em; font-size: 8.5pt; color: #8c959f; text-align: center; }

@media screen and (max-width: 760px) {
  .dokumen { padding: 16px; margin: 0; }
  table.data { font-size: 8.5pt; }
}
@media print {
  html { background: none; }
  body { font-size: 10pt; }
  .dokumen { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; text-decoration: none; }
  .sampul { min-height: 235mm; padding-top: 50mm; border: none; margin: 0; box-sizing: border-box; }
  .bab, .daftar-isi { break-before: page; page-break-before: always; }
  h2, h3, h4, h5, h6, caption, .grafik-grup-judul, .analisis-jenis, .sasaran-ringkas { break-after: avoid; page-break-after: avoid; }
  tr, .grafik, .kotak, .analisis, .legenda, blockquote, .pk-ttd { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  .kebijakan summary { cursor: auto; }
  .lebar { overflow: visible; }
  .pohon-halaman { page: lanskap; }
  .pohon { break-inside: auto; margin: 0; }
  .pohon-cabang svg.chart { break-inside: avoid; page-break-inside: avoid; }
  .lampiran-pk { border: none; padding: 0; }
  .warna, table.data thead th, .baris-tujuan th, .baris-sasaran th, h5, .kotak, table.data tr.total th, table.data tr.total td, table.data .kini { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .grafik-kecil { display: block; }
  table.data.rencana { font-size: 7.4pt; font-family: "DejaVu Sans Condensed", "Liberation Sans Narrow", "Arial Narrow", Arial, sans-serif; }
  table.data.rencana td.angka { overflow-wrap: anywhere; }
  table.data.rencana th, table.data.rencana td { padding: 3px 3px; }
  table.data.rencana td:first-child { min-width: 9em; }
  .grafik-kecil .grafik { display: inline-block; width: 48%; vertical-align: top; margin: 0 1% 8px 0; }
}
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
