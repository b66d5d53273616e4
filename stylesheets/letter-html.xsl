<?xml version="1.0" encoding="UTF-8"?>
<!--
  letter-html.xsl — the letters of `lkjip check -\-letters DIR` (and
  build): a "Hasil Pemeriksaan Kiriman" per submitted file (s:surat) and the
  summary of them all (s:rekap, written as index.html), each one printable
  HTML page, A4.

  Input: a letter document (urn:lkjip:letter:1, schemas/letter.xsd,
  docs/ir.md) that lkjip builds from the diagnostics, the catalogue and an
  excerpt of the file. Everything in it is decided: this stylesheet only
  lays it out. Text from a district's file (names, excerpts) is cleaned by
  lkjip and set inside <bdi>, so that no character of it can reorder the
  letter around it.

  Parameter: lang 'id' (default) or 'en' (common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:s="urn:lkjip:letter:1"
                exclude-result-prefixes="s">

  <xsl:include href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:template name="L">
    <xsl:param name="k"/>
    <xsl:call-template name="label"><xsl:with-param name="key" select="$k"/></xsl:call-template>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- The page                                                      -->
  <!-- ============================================================ -->

  <xsl:template match="/s:surat | /s:rekap">
    <xsl:variable name="judul">
      <xsl:call-template name="L">
        <xsl:with-param name="k" select="concat('surat.', substring('rekap.', 1, 6 * number(boolean(self::s:rekap))), 'judul')"/>
      </xsl:call-template>
    </xsl:variable>
    <html lang="{$lang}">
      <head>
        <title>
          <xsl:value-of select="$judul"/>
          <xsl:text> – </xsl:text>
          <xsl:choose>
            <xsl:when test="self::s:rekap and s:pemda[normalize-space(.) != '']"><xsl:value-of select="s:pemda"/></xsl:when>
            <xsl:when test="self::s:rekap and s:pemda"><xsl:value-of select="s:pemda/@id"/></xsl:when>
            <xsl:when test="self::s:rekap"><xsl:value-of select="s:jumlah/@berkas"/></xsl:when>
            <xsl:when test="s:kiriman/s:unit[normalize-space(.) != '']"><xsl:value-of select="s:kiriman/s:unit"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="s:kiriman/@berkas"/></xsl:otherwise>
          </xsl:choose>
        </title>
        <meta name="generator" content="lkjip {@lkjip}"/>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body>
        <div class="halaman">
          <header class="kop">
            <h1><xsl:value-of select="$judul"/></h1>
            <p class="pemeriksa">
              <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.pemeriksa'"/></xsl:call-template>
              <xsl:text> lkjip </xsl:text>
              <xsl:value-of select="@lkjip"/>
              <xsl:if test="@tanggal">
                <xsl:text> · </xsl:text>
                <xsl:call-template name="date"><xsl:with-param name="value" select="@tanggal"/></xsl:call-template>
              </xsl:if>
            </p>
          </header>
          <xsl:apply-templates select="." mode="isi"/>
          <footer class="penutup">
            <p>
              <xsl:call-template name="label-with">
                <xsl:with-param name="key" select="'surat.penutup'"/>
                <xsl:with-param name="n1" select="'versi'"/>
                <xsl:with-param name="v1" select="@lkjip"/>
              </xsl:call-template>
            </p>
          </footer>
        </div>
      </body>
    </html>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- A letter: one submission                                      -->
  <!-- ============================================================ -->

  <xsl:template match="s:surat" mode="isi">
    <xsl:variable name="k" select="s:kiriman"/>
    <table class="identitas">
      <tr>
        <th><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.unit'"/></xsl:call-template></th>
        <td><xsl:call-template name="unit"><xsl:with-param name="k" select="$k"/></xsl:call-template></td>
      </tr>
      <tr>
        <th><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.berkas'"/></xsl:call-template></th>
        <td class="berkas"><bdi><xsl:value-of select="$k/@berkas"/></bdi></td>
      </tr>
      <xsl:if test="$k/@tahun">
        <tr>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.tahun'"/></xsl:call-template></th>
          <td><xsl:value-of select="$k/@tahun"/></td>
        </tr>
      </xsl:if>
    </table>

    <xsl:call-template name="putusan"><xsl:with-param name="k" select="$k"/></xsl:call-template>

    <h2>
      <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.temuan'"/></xsl:call-template>
      <xsl:if test="$k/s:masalah"><xsl:value-of select="concat(' (', count($k/s:masalah), ')')"/></xsl:if>
    </h2>
    <xsl:choose>
      <xsl:when test="$k/s:masalah">
        <ol class="temuan"><xsl:apply-templates select="$k/s:masalah"/></ol>
      </xsl:when>
      <xsl:otherwise>
        <p class="kosong"><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.tanpa-temuan'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>

    <p class="ke-rekap">
      <a href="{@rekap}"><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.ke-rekap'"/></xsl:call-template></a>
    </p>
  </xsl:template>

  <!-- The unit: "Dinas Kesehatan (dinkes)", the profile, or unreadable. -->
  <xsl:template name="unit">
    <xsl:param name="k"/>
    <xsl:choose>
      <xsl:when test="$k/@jenis = 'profil'">
        <xsl:call-template name="label-with">
          <xsl:with-param name="key" select="'surat.profil'"/>
          <xsl:with-param name="n1" select="'entitas'"/>
          <xsl:with-param name="v1" select="$k/@entitas"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$k/s:unit">
        <bdi class="nama"><xsl:value-of select="$k/s:unit"/></bdi>
        <xsl:if test="$k/s:unit/@id">
          <xsl:if test="normalize-space($k/s:unit) != ''"><xsl:text> </xsl:text></xsl:if>
          <span class="kode">(<bdi><xsl:value-of select="$k/s:unit/@id"/></bdi>)</span>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <span class="tidak-terbaca"><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.unit.tidak-terbaca'"/></xsl:call-template></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The verdict box: the word, what it means, the counts. -->
  <xsl:template name="putusan">
    <xsl:param name="k"/>
    <xsl:variable name="status" select="$k/s:putusan/@status"/>
    <xsl:variable name="errors" select="number($k/s:jumlah/@kesalahan)"/>
    <xsl:variable name="warnings" select="number($k/s:jumlah/@peringatan)"/>
    <section class="putusan {$status}">
      <p class="kata">
        <span class="label"><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.putusan'"/></xsl:call-template></span>
        <strong><xsl:call-template name="L"><xsl:with-param name="k" select="concat('surat.putusan.', $status)"/></xsl:call-template></strong>
      </p>
      <p>
        <xsl:choose>
          <xsl:when test="$status = 'diterima'">
            <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.putusan.diterima.teks'"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="label-with">
              <xsl:with-param name="key" select="concat('surat.putusan.ditolak.teks', substring('.1', 1, 2 * number($errors = 1)))"/>
              <xsl:with-param name="n1" select="'n'"/>
              <xsl:with-param name="v1" select="$errors"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$warnings &gt; 0">
          <xsl:text> </xsl:text>
          <xsl:call-template name="label-with">
            <xsl:with-param name="key" select="concat('surat.peringatan.teks', substring('.1', 1, 2 * number($warnings = 1)))"/>
            <xsl:with-param name="n1" select="'n'"/>
            <xsl:with-param name="v1" select="$warnings"/>
          </xsl:call-template>
        </xsl:if>
      </p>
      <xsl:apply-templates select="$k/s:putusan/s:versi-berlaku"/>
      <p class="jumlah">
        <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.kesalahan'"/></xsl:call-template>
        <xsl:value-of select="concat(': ', $errors, ' · ')"/>
        <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.peringatan'"/></xsl:call-template>
        <xsl:value-of select="concat(': ', $warnings)"/>
        <xsl:if test="$k/s:jumlah/@catatan &gt; 0">
          <xsl:text> · </xsl:text>
          <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.catatan'"/></xsl:call-template>
          <xsl:value-of select="concat(': ', $k/s:jumlah/@catatan)"/>
        </xsl:if>
      </p>
    </section>
  </xsl:template>

  <!-- The gate's word: the earlier accepted version stays in force. -->
  <xsl:template match="s:versi-berlaku">
    <p class="versi-berlaku">
      <xsl:choose>
        <xsl:when test="@diterima">
          <xsl:call-template name="label-with">
            <xsl:with-param name="key" select="'surat.versi-berlaku'"/>
            <xsl:with-param name="n1" select="'tanggal'"/>
            <xsl:with-param name="v1">
              <xsl:call-template name="date"><xsl:with-param name="value" select="@diterima"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.versi-berlaku.tanpa-tanggal'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="@berkas">
        <xsl:text> (</xsl:text><bdi><xsl:value-of select="@berkas"/></bdi><xsl:text>)</xsl:text>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- One problem: where, what, the fix, the excerpt, the explanation. -->
  <xsl:template match="s:masalah">
    <li class="masalah {@tingkat}">
      <p class="kepala">
        <span class="tingkat"><xsl:call-template name="L"><xsl:with-param name="k" select="concat('surat.tingkat.', @tingkat)"/></xsl:call-template></span>
        <xsl:text> </xsl:text>
        <span class="kode"><xsl:value-of select="@kode"/></span>
        <xsl:if test="s:judul">
          <xsl:text> — </xsl:text><xsl:value-of select="s:judul"/>
        </xsl:if>
      </p>
      <p class="letak">
        <xsl:if test="@berkas"><bdi class="berkas"><xsl:value-of select="@berkas"/></bdi><xsl:text>: </xsl:text></xsl:if>
        <xsl:choose>
          <xsl:when test="@sel">
            <xsl:call-template name="label-with">
              <xsl:with-param name="key" select="'surat.letak.sel'"/>
              <xsl:with-param name="n1" select="'sel'"/>
              <xsl:with-param name="v1" select="@sel"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="@baris and @kolom">
            <xsl:call-template name="label-with">
              <xsl:with-param name="key" select="'surat.letak'"/>
              <xsl:with-param name="n1" select="'baris'"/>
              <xsl:with-param name="v1" select="@baris"/>
              <xsl:with-param name="n2" select="'kolom'"/>
              <xsl:with-param name="v2" select="@kolom"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="@baris">
            <xsl:call-template name="label-with">
              <xsl:with-param name="key" select="'surat.letak.baris'"/>
              <xsl:with-param name="n1" select="'baris'"/>
              <xsl:with-param name="v1" select="@baris"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.letak.berkas'"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@tahap = 'tautan'">
          <xsl:text> · </xsl:text>
          <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.tahap.tautan'"/></xsl:call-template>
        </xsl:if>
      </p>
      <dl>
        <dt><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.pesan'"/></xsl:call-template></dt>
        <dd class="pesan"><bdi><xsl:value-of select="s:pesan"/></bdi></dd>
        <xsl:if test="s:cuplikan">
          <dt><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.cuplikan'"/></xsl:call-template></dt>
          <dd><xsl:apply-templates select="s:cuplikan"/></dd>
        </xsl:if>
        <xsl:if test="s:perbaikan">
          <dt><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.perbaikan'"/></xsl:call-template></dt>
          <dd class="perbaikan"><bdi><xsl:value-of select="s:perbaikan"/></bdi></dd>
        </xsl:if>
        <xsl:if test="s:penjelasan or @penjelasan-di">
          <dt><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.penjelasan'"/></xsl:call-template></dt>
          <dd class="penjelasan">
            <xsl:choose>
              <xsl:when test="s:penjelasan"><xsl:value-of select="s:penjelasan"/></xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="label-with">
                  <xsl:with-param name="key" select="'surat.penjelasan.lihat'"/>
                  <xsl:with-param name="n1" select="'no'"/>
                  <xsl:with-param name="v1" select="@penjelasan-di"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:if>
      </dl>
    </li>
  </xsl:template>

  <!-- The excerpt: numbered lines, the problem's line marked, its column
       underlined. -->
  <xsl:template match="s:cuplikan">
    <table class="cuplikan" dir="ltr">
      <xsl:for-each select="s:baris">
        <tr>
          <xsl:if test="@sorot = 'ya'"><xsl:attribute name="class">sorot</xsl:attribute></xsl:if>
          <td class="no"><xsl:value-of select="@no"/></td>
          <td class="teks">
            <bdi>
              <xsl:choose>
                <xsl:when test="@sorot = 'ya'">
                  <xsl:value-of select="s:sebelum"/>
                  <mark>
                    <xsl:choose>
                      <xsl:when test="string(s:tanda) = ''"><xsl:text>&#160;</xsl:text></xsl:when>
                      <xsl:otherwise><xsl:value-of select="s:tanda"/></xsl:otherwise>
                    </xsl:choose>
                  </mark>
                  <xsl:value-of select="s:sesudah"/>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
            </bdi>
          </td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- The summary: every submission                                 -->
  <!-- ============================================================ -->

  <xsl:template match="s:rekap" mode="isi">
    <xsl:if test="s:pemda">
      <table class="identitas">
        <tr>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.rekap.pemda'"/></xsl:call-template></th>
          <td>
            <xsl:if test="normalize-space(s:pemda) != ''"><bdi class="nama"><xsl:value-of select="s:pemda"/></bdi><xsl:text> </xsl:text></xsl:if>
            <span class="kode">(<bdi><xsl:value-of select="s:pemda/@id"/></bdi>)</span>
          </td>
        </tr>
        <xsl:if test="s:pemda/@tahun">
          <tr>
            <th><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.tahun'"/></xsl:call-template></th>
            <td><xsl:value-of select="s:pemda/@tahun"/></td>
          </tr>
        </xsl:if>
      </table>
    </xsl:if>
    <section class="ringkas">
      <p>
        <xsl:call-template name="label-with">
          <xsl:with-param name="key" select="'surat.rekap.ringkas'"/>
          <xsl:with-param name="n1" select="'diterima'"/>
          <xsl:with-param name="v1" select="s:jumlah/@diterima"/>
          <xsl:with-param name="n2" select="'berkas'"/>
          <xsl:with-param name="v2" select="s:jumlah/@berkas"/>
          <xsl:with-param name="n3" select="'ditolak'"/>
          <xsl:with-param name="v3" select="s:jumlah/@ditolak"/>
        </xsl:call-template>
      </p>
      <p class="jumlah">
        <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.kesalahan'"/></xsl:call-template>
        <xsl:value-of select="concat(': ', s:jumlah/@kesalahan, ' · ')"/>
        <xsl:call-template name="L"><xsl:with-param name="k" select="'surat.peringatan'"/></xsl:call-template>
        <xsl:value-of select="concat(': ', s:jumlah/@peringatan)"/>
      </p>
    </section>
    <xsl:apply-templates select="s:kelompok"/>
    <xsl:if test="s:temuan-lain">
      <h2><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.rekap.temuan-lain'"/></xsl:call-template></h2>
      <p><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.rekap.temuan-lain.teks'"/></xsl:call-template></p>
      <ol class="temuan"><xsl:apply-templates select="s:temuan-lain/s:masalah"/></ol>
    </xsl:if>
  </xsl:template>

  <xsl:template match="s:kelompok">
    <h2><xsl:call-template name="L"><xsl:with-param name="k" select="concat('surat.rekap.kelompok.', @jenis)"/></xsl:call-template></h2>
    <table class="daftar">
      <thead>
        <tr>
          <th class="no"><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.rekap.no'"/></xsl:call-template></th>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.rekap.unit-berkas'"/></xsl:call-template></th>
          <th><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.putusan'"/></xsl:call-template></th>
          <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.kesalahan'"/></xsl:call-template></th>
          <th class="angka"><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.peringatan'"/></xsl:call-template></th>
          <th class="surat"><xsl:call-template name="L"><xsl:with-param name="k" select="'surat.rekap.surat'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="s:kiriman">
          <tr class="{s:putusan/@status}">
            <td class="no"><xsl:value-of select="position()"/></td>
            <td>
              <xsl:call-template name="unit"><xsl:with-param name="k" select="."/></xsl:call-template>
              <br/>
              <span class="berkas"><bdi><xsl:value-of select="@berkas"/></bdi></span>
            </td>
            <td class="putusan">
              <xsl:call-template name="L"><xsl:with-param name="k" select="concat('surat.putusan.', s:putusan/@status)"/></xsl:call-template>
            </td>
            <td class="angka"><xsl:value-of select="s:jumlah/@kesalahan"/></td>
            <td class="angka"><xsl:value-of select="s:jumlah/@peringatan"/></td>
            <td class="surat"><a href="{@surat}"><xsl:value-of select="@surat"/></a></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Style: a sheet of A4 on screen, A4 pages in print             -->
  <!-- ============================================================ -->

  <xsl:template name="css">
    <xsl:text>
@page { size: A4; margin: 18mm 18mm 18mm 22mm; }
html { background: #e9ecf0; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.45; color: #1f2328; }
.halaman { max-width: 170mm; margin: 16px auto; background: #fff; padding: 18mm 18mm 14mm 22mm; box-shadow: 0 1px 4px rgba(0,0,0,.16); }
h1 { font-size: 16pt; margin: 0 0 2px; color: #1f3b5c; text-transform: uppercase; letter-spacing: .03em; }
h2 { font-size: 12.5pt; color: #1f3b5c; border-bottom: 1.5px solid #1f3b5c; padding-bottom: 2px; margin: 1.6em 0 .6em; }
.kop { border-bottom: 3px double #1f3b5c; padding-bottom: 6px; margin-bottom: 12px; }
.pemeriksa { margin: 0; color: #57606a; font-size: 9pt; }
table.identitas { border-collapse: collapse; margin: 8px 0 12px; }
table.identitas th { text-align: left; font-weight: normal; color: #57606a; padding: 2px 14px 2px 0; vertical-align: top; white-space: nowrap; }
table.identitas td { padding: 2px 0; }
.nama { font-weight: bold; }
.kode, .berkas { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 9pt; overflow-wrap: anywhere; }
.tidak-terbaca { font-style: italic; color: #57606a; }
.putusan { border: 2px solid; border-radius: 4px; padding: 8px 12px; margin: 10px 0 6px; page-break-inside: avoid; }
.putusan p { margin: .3em 0; }
.putusan .kata { font-size: 13pt; }
.putusan .kata .label { color: #57606a; font-size: 10pt; margin-right: .6em; }
.putusan.diterima { border-color: #1a7f37; background: #f0faf2; }
.putusan.diterima .kata strong { color: #1a7f37; }
.putusan.ditolak { border-color: #cf222e; background: #fff3f3; }
.putusan.ditolak .kata strong { color: #cf222e; }
.putusan .jumlah { color: #3d4651; font-size: 9pt; }
.versi-berlaku { font-weight: bold; }
ol.temuan { padding-left: 1.6em; margin: 0; }
li.masalah { margin: 0 0 14px; padding: 0 0 10px; border-bottom: 1px solid #d0d7de; page-break-inside: avoid; }
li.masalah .kepala { margin: 0; font-weight: bold; }
li.masalah .tingkat { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 8.5pt; text-transform: uppercase; }
li.error .tingkat, li.fatal .tingkat { background: #cf222e; }
li.warning .tingkat { background: #9a6700; }
li.note .tingkat { background: #57606a; }
li.masalah .letak { margin: 0 0 4px; color: #57606a; font-size: 9pt; }
dl { margin: 0; }
dt { font-size: 8.5pt; text-transform: uppercase; letter-spacing: .04em; color: #57606a; margin-top: 4px; }
dd { margin: 0 0 2px; }
dd.perbaikan { font-weight: bold; }
dd.penjelasan { text-align: justify; color: #3d4651; font-size: 9pt; }
table.cuplikan { border-collapse: collapse; width: 100%; table-layout: fixed; font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8pt; background: #f6f8fa; border: 1px solid #d0d7de; }
table.cuplikan td { padding: 0 6px; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; }
table.cuplikan td.no { width: 4.5em; text-align: right; color: #8c959f; border-right: 1px solid #d0d7de; white-space: nowrap; }
table.cuplikan tr.sorot td { background: #fff8c5; }
table.cuplikan mark { background: #ffd33d; text-decoration: underline; text-decoration-color: #cf222e; text-decoration-thickness: 2px; }
.kosong { font-style: italic; color: #57606a; }
.ke-rekap { margin-top: 16px; font-size: 9pt; }
.ringkas p { margin: .3em 0; }
.ringkas .jumlah { color: #3d4651; font-size: 9pt; }
table.daftar { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.daftar th, table.daftar td { border: 1px solid #d0d7de; padding: 3px 5px; vertical-align: top; text-align: left; }
table.daftar th { background: #eef2f7; }
table.daftar td.no, table.daftar td.angka, table.daftar th.angka { text-align: right; }
table.daftar th.no { width: 2em; }
table.daftar th.angka { width: 5.5em; }
table.daftar th.surat { width: 8.5em; }
table.daftar .berkas { font-size: 8pt; color: #3d4651; }
table.daftar td.surat { font-size: 8.5pt; overflow-wrap: anywhere; }
table.daftar tr.ditolak td.putusan { color: #cf222e; font-weight: bold; }
table.daftar tr.diterima td.putusan { color: #1a7f37; font-weight: bold; }
table.daftar tr { page-break-inside: avoid; }
a { color: #1f4e79; }
.penutup { margin-top: 18px; border-top: 1px solid #d0d7de; color: #57606a; font-size: 8.5pt; }
@media print {
  html { background: none; }
  body { font-size: 9.5pt; }
  .halaman { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .ke-rekap { display: none; }
  a { color: inherit; text-decoration: none; }
  .putusan, table.cuplikan tr.sorot td, table.cuplikan mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
