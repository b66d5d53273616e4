<?xml version="1.0" encoding="UTF-8"?>
<!--
  pk-docbook.xsl — the Perjanjian Kinerja (PK) of one unit as a DocBook 5.0
  article, from the report IR (urn:lkjip:report:1, written by lower.c).

  The PK shown is the version in force (perjanjian-kinerja[@berlaku='ya']):
  the statement (pk.pernyataan.* labels) with both parties (pihak kedua may
  be absent), place and date, a two-column signature block, and the annex:
  No | Sasaran Strategis | Indikator Kinerja | Target (the target-pk of the
  highest version not above the one in force, else the plan's target of the
  year) and No | Program | Anggaran (Rp) with the unit's total pagu.

  lkjip-docbook.xsl imports this file: the PK becomes the LKjIP's appendix
  through the same templates, and the db-* helpers below serve both.

  Stylesheets never compute a number: values are the IR's (tampil when the
  IR rounded them). Every word comes from i18n/<lang>.xml.

  Parameters: lang ('id' or 'en', from common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:r="urn:lkjip:report:1"
                xmlns="http://docbook.org/ns/docbook"
                exclude-result-prefixes="r">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- The reporting year. -->
  <xsl:variable name="db-tahun" select="/r:laporan/r:periode/@tahun"/>

  <!-- ================================================================ -->
  <!-- The PK document                                                  -->
  <!-- ================================================================ -->

  <xsl:template match="/">
    <xsl:apply-templates select="r:laporan" mode="db-pk-article"/>
  </xsl:template>

  <xsl:template match="r:laporan" mode="db-pk-article">
    <xsl:variable name="pk" select="r:perjanjian-kinerja[@berlaku = 'ya'][1]"/>
    <article version="5.0" xml:lang="{$lang}">
      <info>
        <title>
          <xsl:call-template name="db-pk-title"><xsl:with-param name="pk" select="$pk"/></xsl:call-template>
        </title>
        <subtitle><xsl:value-of select="r:unit/r:nama"/></subtitle>
        <xsl:if test="$pk/@tanggal">
          <date>
            <xsl:call-template name="date"><xsl:with-param name="value" select="$pk/@tanggal"/></xsl:call-template>
          </date>
        </xsl:if>
        <org>
          <orgname><xsl:value-of select="r:unit/r:nama"/></orgname>
          <xsl:if test="r:unit/r:alamat">
            <address><xsl:value-of select="r:unit/r:alamat"/></address>
          </xsl:if>
        </org>
      </info>
      <xsl:call-template name="db-pk-body"><xsl:with-param name="pk" select="$pk"/></xsl:call-template>
    </article>
  </xsl:template>

  <!-- "Perjanjian Kinerja [Perubahan] Tahun 2025" -->
  <xsl:template name="db-pk-title">
    <xsl:param name="pk"/>
    <xsl:call-template name="label">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="$pk/@jenis = 'perubahan'">dokumen.pk.perubahan</xsl:when>
          <xsl:otherwise>dokumen.pk</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:call-template name="db-period-text"/>
  </xsl:template>

  <!-- The blocks of a PK, then its annex as sections (valid in an article
       and in an appendix: blocks first, sections after). -->
  <xsl:template name="db-pk-body">
    <xsl:param name="pk"/>
    <xsl:choose>
      <xsl:when test="not($pk)">
        <para>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.tidak-ada'"/></xsl:call-template>
        </para>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$pk/@jenis = 'perubahan' or $pk/@nomor">
          <para>
            <xsl:if test="$pk/@nomor">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.nomor'"/></xsl:call-template>
              <xsl:text>: </xsl:text>
              <xsl:value-of select="$pk/@nomor"/>
            </xsl:if>
            <xsl:if test="$pk/@nomor and $pk/@jenis = 'perubahan'"><xsl:text>. </xsl:text></xsl:if>
            <xsl:if test="$pk/@jenis = 'perubahan'">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.versi'"/></xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:value-of select="$pk/@versi"/>
            </xsl:if>
          </para>
        </xsl:if>
        <para>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.pernyataan.1'"/></xsl:call-template>
        </para>
        <xsl:call-template name="db-pk-party">
          <xsl:with-param name="person" select="$pk/r:pihak-pertama"/>
          <xsl:with-param name="key" select="'pihak-pertama'"/>
        </xsl:call-template>
        <xsl:if test="$pk/r:pihak-kedua">
          <xsl:call-template name="db-pk-party">
            <xsl:with-param name="person" select="$pk/r:pihak-kedua"/>
            <xsl:with-param name="key" select="'pihak-kedua'"/>
          </xsl:call-template>
        </xsl:if>
        <para>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.pernyataan.2'"/></xsl:call-template>
        </para>
        <xsl:if test="$pk/r:pihak-kedua">
          <para>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.pernyataan.3'"/></xsl:call-template>
          </para>
        </xsl:if>
        <xsl:if test="$pk/r:alasan">
          <para>
            <emphasis role="bold">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.alasan'"/></xsl:call-template>
            </emphasis>
            <xsl:text>: </xsl:text>
            <xsl:value-of select="$pk/r:alasan"/>
          </para>
        </xsl:if>
        <xsl:call-template name="db-signatures">
          <xsl:with-param name="tempat" select="$pk/@tempat"/>
          <xsl:with-param name="tanggal" select="$pk/@tanggal"/>
          <xsl:with-param name="left" select="$pk/r:pihak-kedua"/>
          <xsl:with-param name="left-key" select="'pihak-kedua'"/>
          <xsl:with-param name="right" select="$pk/r:pihak-pertama"/>
          <xsl:with-param name="right-key" select="'pihak-pertama'"/>
        </xsl:call-template>
        <section>
          <title>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.lampiran'"/></xsl:call-template>
          </title>
          <xsl:call-template name="db-pk-target-table"><xsl:with-param name="pk" select="$pk"/></xsl:call-template>
          <xsl:call-template name="db-pk-program-table"/>
        </section>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One party: Nama / Jabatan / Pangkat / NIP, then "selanjutnya disebut
       Pihak Pertama". -->
  <xsl:template name="db-pk-party">
    <xsl:param name="person"/>
    <xsl:param name="key"/>
    <informaltable frame="none" rowsep="0" colsep="0">
      <tgroup cols="2">
        <colspec colname="c1" colwidth="1*" align="left"/>
        <colspec colname="c2" colwidth="4*" align="left"/>
        <tbody>
          <xsl:call-template name="db-person-rows"><xsl:with-param name="person" select="$person"/></xsl:call-template>
        </tbody>
      </tgroup>
    </informaltable>
    <para>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.selanjutnya'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <emphasis role="bold">
        <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      </emphasis>
      <xsl:text>.</xsl:text>
    </para>
  </xsl:template>

  <!-- Rows label | value for an official (nama, jabatan, pangkat, nip). -->
  <xsl:template name="db-person-rows">
    <xsl:param name="person"/>
    <row>
      <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'nama'"/></xsl:call-template></entry>
      <entry><xsl:value-of select="$person/@nama"/></entry>
    </row>
    <xsl:if test="$person/@jabatan">
      <row>
        <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'jabatan'"/></xsl:call-template></entry>
        <entry><xsl:value-of select="$person/@jabatan"/></entry>
      </row>
    </xsl:if>
    <xsl:if test="$person/@pangkat">
      <row>
        <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'pangkat'"/></xsl:call-template></entry>
        <entry><xsl:value-of select="$person/@pangkat"/></entry>
      </row>
    </xsl:if>
    <xsl:if test="$person/@nip">
      <row>
        <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'nip'"/></xsl:call-template></entry>
        <entry><xsl:value-of select="$person/@nip"/></entry>
      </row>
    </xsl:if>
  </xsl:template>

  <!-- Place and date, then a two-column signature block (left: the
       superior, right: the signer). An absent person leaves the column
       empty. -->
  <xsl:template name="db-signatures">
    <xsl:param name="tempat"/>
    <xsl:param name="tanggal"/>
    <xsl:param name="left"/>
    <xsl:param name="left-key"/>
    <xsl:param name="right"/>
    <xsl:param name="right-key"/>
    <informaltable frame="none" rowsep="0" colsep="0">
      <tgroup cols="2">
        <colspec colname="c1" colwidth="1*" align="center"/>
        <colspec colname="c2" colwidth="1*" align="center"/>
        <tbody>
          <xsl:if test="$tempat or $tanggal">
            <row>
              <entry/>
              <entry>
                <xsl:call-template name="db-place-date">
                  <xsl:with-param name="tempat" select="$tempat"/>
                  <xsl:with-param name="tanggal" select="$tanggal"/>
                </xsl:call-template>
              </entry>
            </row>
          </xsl:if>
          <row>
            <entry>
              <xsl:if test="$left and $left-key != ''">
                <xsl:call-template name="label"><xsl:with-param name="key" select="$left-key"/></xsl:call-template>
                <xsl:text>,</xsl:text>
              </xsl:if>
            </entry>
            <entry>
              <xsl:if test="$right-key != ''">
                <xsl:call-template name="label"><xsl:with-param name="key" select="$right-key"/></xsl:call-template>
                <xsl:text>,</xsl:text>
              </xsl:if>
            </entry>
          </row>
          <row>
            <entry><xsl:value-of select="$left/@jabatan"/></entry>
            <entry><xsl:value-of select="$right/@jabatan"/></entry>
          </row>
          <row>
            <entry><para>&#160;</para><para>&#160;</para><para>&#160;</para></entry>
            <entry><para>&#160;</para><para>&#160;</para><para>&#160;</para></entry>
          </row>
          <row>
            <entry>
              <xsl:if test="$left/@nama"><emphasis role="bold"><xsl:value-of select="$left/@nama"/></emphasis></xsl:if>
            </entry>
            <entry>
              <xsl:if test="$right/@nama"><emphasis role="bold"><xsl:value-of select="$right/@nama"/></emphasis></xsl:if>
            </entry>
          </row>
          <xsl:if test="$left/@pangkat or $right/@pangkat">
            <row>
              <entry><xsl:value-of select="$left/@pangkat"/></entry>
              <entry><xsl:value-of select="$right/@pangkat"/></entry>
            </row>
          </xsl:if>
          <xsl:if test="$left/@nip or $right/@nip">
            <row>
              <entry>
                <xsl:if test="$left/@nip">
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'nip'"/></xsl:call-template>
                  <xsl:text> </xsl:text>
                  <xsl:value-of select="$left/@nip"/>
                </xsl:if>
              </entry>
              <entry>
                <xsl:if test="$right/@nip">
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'nip'"/></xsl:call-template>
                  <xsl:text> </xsl:text>
                  <xsl:value-of select="$right/@nip"/>
                </xsl:if>
              </entry>
            </row>
          </xsl:if>
        </tbody>
      </tgroup>
    </informaltable>
  </xsl:template>

  <!-- "Sukamaju, 6 Januari 2025" -->
  <xsl:template name="db-place-date">
    <xsl:param name="tempat"/>
    <xsl:param name="tanggal"/>
    <xsl:variable name="date">
      <xsl:call-template name="date"><xsl:with-param name="value" select="$tanggal"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="pattern">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'tempat-tanggal'"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($tempat) != '' and string($date) != ''">
        <xsl:call-template name="db-fill">
          <xsl:with-param name="text" select="$pattern"/>
          <xsl:with-param name="n1" select="'tempat'"/>
          <xsl:with-param name="v1" select="$tempat"/>
          <xsl:with-param name="n2" select="'tanggal'"/>
          <xsl:with-param name="v2" select="$date"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($tempat, $date)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Annex 1: No | Sasaran Strategis | Indikator Kinerja | Target. -->
  <xsl:template name="db-pk-target-table">
    <xsl:param name="pk"/>
    <xsl:variable name="versi">
      <xsl:choose>
        <xsl:when test="$pk/@versi"><xsl:value-of select="$pk/@versi"/></xsl:when>
        <xsl:otherwise>0</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="sasaran" select="/r:laporan/r:tujuan/r:sasaran"/>
    <xsl:choose>
      <xsl:when test="$sasaran">
        <table frame="all" rowsep="1" colsep="1">
          <title>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.tabel.target'"/></xsl:call-template>
          </title>
          <tgroup cols="4">
            <colspec colname="c1" colwidth="0.5*" align="center"/>
            <colspec colname="c2" colwidth="3*" align="left"/>
            <colspec colname="c3" colwidth="3*" align="left"/>
            <colspec colname="c4" colwidth="1.6*" align="left"/>
            <thead>
              <row>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'no'"/></xsl:call-template></entry>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'sasaran-strategis'"/></xsl:call-template></entry>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'indikator-kinerja'"/></xsl:call-template></entry>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'target'"/></xsl:call-template></entry>
              </row>
            </thead>
            <tbody>
              <xsl:for-each select="$sasaran">
                <xsl:variable name="no" select="position()"/>
                <xsl:variable name="inds" select="r:indikator"/>
                <xsl:choose>
                  <xsl:when test="$inds">
                    <xsl:for-each select="$inds">
                      <row>
                        <xsl:if test="position() = 1">
                          <entry morerows="{count($inds) - 1}"><xsl:value-of select="$no"/></entry>
                          <entry morerows="{count($inds) - 1}"><xsl:value-of select="../r:uraian"/></entry>
                        </xsl:if>
                        <entry><xsl:value-of select="r:nama"/></entry>
                        <entry>
                          <xsl:call-template name="db-pk-target">
                            <xsl:with-param name="ind" select="."/>
                            <xsl:with-param name="versi" select="number($versi)"/>
                          </xsl:call-template>
                        </entry>
                      </row>
                    </xsl:for-each>
                  </xsl:when>
                  <xsl:otherwise>
                    <row>
                      <entry><xsl:value-of select="$no"/></entry>
                      <entry><xsl:value-of select="r:uraian"/></entry>
                      <entry>–</entry>
                      <entry>–</entry>
                    </row>
                  </xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </tbody>
          </tgroup>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <para>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.sasaran'"/></xsl:call-template>
        </para>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The PK target of an indicator: the target-pk of the highest version
       not above the one in force, else the plan's target of the year; with
       its satuan. -->
  <xsl:template name="db-pk-target">
    <xsl:param name="ind"/>
    <xsl:param name="versi"/>
    <xsl:variable name="pks" select="$ind/r:target-pk[number(@versi) &lt;= $versi]"/>
    <xsl:variable name="plan" select="$ind/r:target[@tahun = $db-tahun]"/>
    <xsl:choose>
      <xsl:when test="$pks">
        <xsl:for-each select="$pks">
          <xsl:sort select="@versi" data-type="number" order="descending"/>
          <xsl:if test="position() = 1">
            <xsl:call-template name="db-value-with-unit">
              <xsl:with-param name="node" select="."/>
              <xsl:with-param name="satuan" select="$ind/r:satuan"/>
            </xsl:call-template>
          </xsl:if>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$plan">
        <xsl:call-template name="db-value-with-unit">
          <xsl:with-param name="node" select="$plan[1]"/>
          <xsl:with-param name="satuan" select="$ind/r:satuan"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>–</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A typed value with its satuan ("95 per 100.000 kelahiran hidup");
       grades and text stand alone. -->
  <xsl:template name="db-value-with-unit">
    <xsl:param name="node"/>
    <xsl:param name="satuan"/>
    <xsl:call-template name="typed-value"><xsl:with-param name="node" select="$node"/></xsl:call-template>
    <xsl:if test="string($satuan) != '' and not($node/@predikat) and not($node/@teks)">
      <xsl:text> </xsl:text>
      <xsl:value-of select="$satuan"/>
    </xsl:if>
  </xsl:template>

  <!-- Annex 2: No | Program | Anggaran (Rp), with the unit's total. -->
  <xsl:template name="db-pk-program-table">
    <xsl:variable name="programs" select="/r:laporan/r:program"/>
    <xsl:choose>
      <xsl:when test="$programs">
        <table frame="all" rowsep="1" colsep="1">
          <title>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.tabel.program'"/></xsl:call-template>
          </title>
          <tgroup cols="3">
            <colspec colname="c1" colwidth="0.5*" align="center"/>
            <colspec colname="c2" colwidth="5*" align="left"/>
            <colspec colname="c3" colwidth="2*" align="right"/>
            <thead>
              <row>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'no'"/></xsl:call-template></entry>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'program'"/></xsl:call-template></entry>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'anggaran-rp'"/></xsl:call-template></entry>
              </row>
            </thead>
            <tbody>
              <xsl:for-each select="$programs">
                <row>
                  <entry><xsl:value-of select="position()"/></entry>
                  <entry>
                    <xsl:value-of select="r:nama"/>
                    <xsl:if test="@kode"><xsl:value-of select="concat(' (', @kode, ')')"/></xsl:if>
                  </entry>
                  <entry>
                    <xsl:call-template name="number"><xsl:with-param name="value" select="r:anggaran/@pagu"/></xsl:call-template>
                  </entry>
                </row>
              </xsl:for-each>
              <row>
                <entry namest="c1" nameend="c2">
                  <emphasis role="bold">
                    <xsl:call-template name="label"><xsl:with-param name="key" select="'jumlah'"/></xsl:call-template>
                  </emphasis>
                </entry>
                <entry>
                  <emphasis role="bold">
                    <xsl:call-template name="number"><xsl:with-param name="value" select="/r:laporan/r:anggaran/@pagu"/></xsl:call-template>
                  </emphasis>
                </entry>
              </row>
            </tbody>
          </tgroup>
        </table>
      </xsl:when>
      <xsl:when test="/r:laporan/r:unit-bawahan[@tingkat = 'opd']">
        <!-- a pemda: no programs of its own; its OPDs' budgets -->
        <table frame="all" rowsep="1" colsep="1">
          <title>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.tabel.anggaran-unit'"/></xsl:call-template>
          </title>
          <tgroup cols="3">
            <colspec colname="c1" colwidth="0.5*" align="center"/>
            <colspec colname="c2" colwidth="5*" align="left"/>
            <colspec colname="c3" colwidth="2*" align="right"/>
            <thead>
              <row>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'no'"/></xsl:call-template></entry>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'perangkat-daerah'"/></xsl:call-template></entry>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'anggaran-rp'"/></xsl:call-template></entry>
              </row>
            </thead>
            <tbody>
              <xsl:for-each select="/r:laporan/r:unit-bawahan[@tingkat = 'opd']">
                <row>
                  <entry><xsl:value-of select="position()"/></entry>
                  <entry><xsl:value-of select="r:nama"/></entry>
                  <entry>
                    <xsl:call-template name="number"><xsl:with-param name="value" select="r:anggaran/@pagu"/></xsl:call-template>
                  </entry>
                </row>
              </xsl:for-each>
              <row>
                <entry namest="c1" nameend="c2">
                  <emphasis role="bold">
                    <xsl:call-template name="label"><xsl:with-param name="key" select="'jumlah'"/></xsl:call-template>
                  </emphasis>
                </entry>
                <entry>
                  <emphasis role="bold">
                    <xsl:call-template name="number"><xsl:with-param name="value" select="/r:laporan/r:anggaran/@pagu"/></xsl:call-template>
                  </emphasis>
                </entry>
              </row>
            </tbody>
          </tgroup>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <para>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.program-unit'"/></xsl:call-template>
        </para>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Helpers shared with lkjip-docbook.xsl                            -->
  <!-- ================================================================ -->

  <!-- The report period in words: "Tahun 2025", "Triwulan 3 Tahun 2025",
       "s.d. Bulan Agustus Tahun 2025". -->
  <xsl:template name="db-period-text">
    <xsl:variable name="p" select="/r:laporan/r:periode"/>
    <xsl:choose>
      <xsl:when test="$p/@jenis = 'triwulan'">
        <xsl:call-template name="db-fill">
          <xsl:with-param name="text"><xsl:call-template name="label"><xsl:with-param name="key" select="'periode.triwulan'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="n1" select="'ke'"/>
          <xsl:with-param name="v1" select="$p/@ke"/>
          <xsl:with-param name="n2" select="'tahun'"/>
          <xsl:with-param name="v2" select="$p/@tahun"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$p/@jenis = 'bulan'">
        <xsl:call-template name="db-fill">
          <xsl:with-param name="text"><xsl:call-template name="label"><xsl:with-param name="key" select="'periode.bulan'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="n1" select="'bulan'"/>
          <xsl:with-param name="v1"><xsl:call-template name="label"><xsl:with-param name="key" select="concat('bulan.', $p/@ke)"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="n2" select="'tahun'"/>
          <xsl:with-param name="v2" select="$p/@tahun"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="db-fill">
          <xsl:with-param name="text"><xsl:call-template name="label"><xsl:with-param name="key" select="'periode.tahun'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="n1" select="'tahun'"/>
          <xsl:with-param name="v1" select="$p/@tahun"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A label's {name} placeholders filled: up to four name/value pairs. -->
  <xsl:template name="db-fill">
    <xsl:param name="text"/>
    <xsl:param name="n1" select="''"/>
    <xsl:param name="v1" select="''"/>
    <xsl:param name="n2" select="''"/>
    <xsl:param name="v2" select="''"/>
    <xsl:param name="n3" select="''"/>
    <xsl:param name="v3" select="''"/>
    <xsl:param name="n4" select="''"/>
    <xsl:param name="v4" select="''"/>
    <xsl:variable name="s1">
      <xsl:call-template name="db-replace">
        <xsl:with-param name="text" select="string($text)"/>
        <xsl:with-param name="from" select="concat('{', $n1, '}')"/>
        <xsl:with-param name="to" select="string($v1)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="s2">
      <xsl:call-template name="db-replace">
        <xsl:with-param name="text" select="$s1"/>
        <xsl:with-param name="from" select="concat('{', $n2, '}')"/>
        <xsl:with-param name="to" select="string($v2)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="s3">
      <xsl:call-template name="db-replace">
        <xsl:with-param name="text" select="$s2"/>
        <xsl:with-param name="from" select="concat('{', $n3, '}')"/>
        <xsl:with-param name="to" select="string($v3)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="db-replace">
      <xsl:with-param name="text" select="$s3"/>
      <xsl:with-param name="from" select="concat('{', $n4, '}')"/>
      <xsl:with-param name="to" select="string($v4)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="db-replace">
    <xsl:param name="text"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="$from != '{}' and contains($text, $from)">
        <xsl:value-of select="substring-before($text, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="db-replace">
          <xsl:with-param name="text" select="substring-after($text, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
