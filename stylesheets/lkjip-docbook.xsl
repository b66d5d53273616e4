<?xml version="1.0" encoding="UTF-8"?>
<!--
  lkjip-docbook.xsl — the LKjIP (PermenPANRB 53/2014) of one unit as a
  DocBook 5.0 book, from the report IR (urn:lkjip:report:1, lower.c).

    Ikhtisar Eksekutif (preface)   summary figures and table
    Bab I Pendahuluan              the organisation, visi/misi, narrative
    Bab II Perencanaan Kinerja     Renstra/RPJMD table, the year's PK,
                                   pohon kinerja, crosscutting (pemda)
    Bab III Akuntabilitas Kinerja  A: policies, categories, tujuan, and per
                                   sasaran the seven analyses; B: budget
    Bab IV Penutup                 narrative, overall result, signature
    Lampiran                       the Perjanjian Kinerja in force

  Charts are SVG files beside the DocBook: each is emitted as
  <lkj:berkas nama="x.svg"><svg …/></lkj:berkas> (urn:lkjip:emit:1), which
  lkjip removes from the document and writes next to it; a figure refers
  to the file by name. Names are lower case, [a-z0-9][a-z0-9_-]*\.svg,
  unique per document (a kind prefix and the position make them so,
  whatever the ids: see db-file-name). The charts are charts.xsl's (the
  same as in the HTML report); the pohon kinerja is drawn here, with a
  turned copy for A4 print.

  Numbers are never computed here: values are the IR's (tampil where the IR
  rounded them); only chart geometry is derived from them. Every word comes
  from i18n/<lang>.xml through common.xsl's "label".

  Parameters: lang ('id' or 'en', from common.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:r="urn:lkjip:report:1"
                xmlns="http://docbook.org/ns/docbook"
                xmlns:lkj="urn:lkjip:emit:1"
                exclude-result-prefixes="r lkj">

  <!-- The PK templates (the appendix), the db-* helpers and common.xsl. -->
  <xsl:import href="pk-docbook.xsl"/>

  <!-- The SVG charts shared with the HTML report (chart.target-realisasi,
       chart.progres, chart.tren, chart.serapan); the pohon kinerja is drawn
       here (db-tree-*) because print needs a turned copy. -->
  <xsl:include href="charts.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:key name="db-program" match="/r:laporan/r:program" use="@kode"/>
  <xsl:key name="db-simpul" match="r:simpul" use="@no"/>
  <xsl:key name="db-lalu" match="r:realisasi-lalu" use="concat(generate-id(../..), '|', @tahun)"/>
  <xsl:key name="db-kategori" match="r:kebijakan/r:kategori" use="@kode"/>

  <xsl:variable name="db-root" select="/r:laporan"/>
  <xsl:variable name="db-pk" select="/r:laporan/r:perjanjian-kinerja[@berlaku = 'ya'][1]"/>
  <xsl:variable name="db-multi-pk" select="count(/r:laporan/r:perjanjian-kinerja) &gt; 1"/>
  <!-- A budget to report: the unit's programs, or (a pemda) its OPDs'. -->
  <xsl:variable name="db-opds" select="/r:laporan/r:unit-bawahan[@tingkat = 'opd']"/>
  <xsl:variable name="db-has-budget" select="boolean(/r:laporan/r:program or $db-opds)"/>
  <xsl:variable name="db-upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="db-lower" select="'abcdefghijklmnopqrstuvwxyz'"/>

  <!-- ================================================================ -->
  <!-- The book                                                         -->
  <!-- ================================================================ -->

  <xsl:template match="/">
    <xsl:apply-templates select="r:laporan" mode="db-book"/>
  </xsl:template>

  <xsl:template match="r:laporan" mode="db-book">
    <book version="5.0" xml:lang="{$lang}">
      <info>
        <title><xsl:call-template name="label"><xsl:with-param name="key" select="'dokumen.lkjip'"/></xsl:call-template></title>
        <subtitle>
          <xsl:value-of select="r:unit/r:nama"/>
          <xsl:text> — </xsl:text>
          <xsl:call-template name="db-period-text"/>
        </subtitle>
        <xsl:if test="@tanggal">
          <date><xsl:call-template name="date"><xsl:with-param name="value" select="@tanggal"/></xsl:call-template></date>
        </xsl:if>
        <org>
          <orgname><xsl:value-of select="r:unit/r:nama"/></orgname>
          <xsl:if test="r:unit/r:alamat">
            <address><xsl:value-of select="r:unit/r:alamat"/></address>
          </xsl:if>
        </org>
        <releaseinfo>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'dibuat-oleh'"/></xsl:call-template>
          <xsl:if test="@lkjip"><xsl:value-of select="concat(' ', @lkjip)"/></xsl:if>
        </releaseinfo>
      </info>
      <xsl:call-template name="db-ikhtisar"/>
      <xsl:call-template name="db-bab-1"/>
      <xsl:call-template name="db-bab-2"/>
      <xsl:call-template name="db-bab-3"/>
      <xsl:call-template name="db-bab-4"/>
      <appendix>
        <title><xsl:call-template name="label"><xsl:with-param name="key" select="'lampiran.pk'"/></xsl:call-template></title>
        <xsl:if test="$db-pk">
          <bridgehead>
            <xsl:call-template name="db-pk-title"><xsl:with-param name="pk" select="$db-pk"/></xsl:call-template>
            <xsl:text> — </xsl:text>
            <xsl:value-of select="r:unit/r:nama"/>
          </bridgehead>
        </xsl:if>
        <xsl:call-template name="db-pk-body"><xsl:with-param name="pk" select="$db-pk"/></xsl:call-template>
      </appendix>
    </book>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Ikhtisar Eksekutif                                               -->
  <!-- ================================================================ -->

  <xsl:template name="db-ikhtisar">
    <preface>
      <title><xsl:call-template name="label"><xsl:with-param name="key" select="'bab.ikhtisar'"/></xsl:call-template></title>
      <xsl:apply-templates select="r:narasi[@bab = 'ikhtisar']" mode="db-blocks"/>
      <xsl:call-template name="db-key-figures"/>
      <xsl:if test="r:tujuan/r:sasaran">
        <table frame="all" rowsep="1" colsep="1">
          <title><xsl:call-template name="label"><xsl:with-param name="key" select="'tabel.ringkasan'"/></xsl:call-template></title>
          <tgroup cols="8">
            <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.5c 2 2.4 1.4r 1.4r 1.4r 1.1 1.8'"/></xsl:call-template>
            <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'no sasaran indikator target realisasi capaian kategori keterangan'"/></xsl:call-template>
            <tbody>
              <xsl:for-each select="r:tujuan/r:sasaran">
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
                        <entry><xsl:call-template name="db-indicator-name"/></entry>
                        <xsl:call-template name="db-result-entries"/>
                      </row>
                    </xsl:for-each>
                  </xsl:when>
                  <xsl:otherwise>
                    <row>
                      <entry><xsl:value-of select="$no"/></entry>
                      <entry><xsl:value-of select="r:uraian"/></entry>
                      <entry namest="c3" nameend="c8">
                        <xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.indikator'"/></xsl:call-template>
                      </entry>
                    </row>
                  </xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </tbody>
          </tgroup>
        </table>
      </xsl:if>
    </preface>
  </xsl:template>

  <!-- The unit's capaian and budget in a small two-column table. -->
  <xsl:template name="db-key-figures">
    <informaltable frame="topbot" rowsep="0" colsep="0">
      <tgroup cols="2">
        <colspec colname="c1" colwidth="2*" align="left"/>
        <colspec colname="c2" colwidth="5*" align="left"/>
        <tbody>
          <row>
            <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'capaian-organisasi'"/></xsl:call-template></entry>
            <entry><xsl:apply-templates select="r:capaian" mode="db-inline-result"/></entry>
          </row>
          <xsl:if test="$db-has-budget">
            <row>
              <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'pagu'"/></xsl:call-template></entry>
              <entry><xsl:call-template name="rupiah"><xsl:with-param name="value" select="r:anggaran/@pagu"/></xsl:call-template></entry>
            </row>
            <row>
              <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'realisasi-anggaran'"/></xsl:call-template></entry>
              <entry><xsl:call-template name="rupiah"><xsl:with-param name="value" select="r:anggaran/@realisasi"/></xsl:call-template></entry>
            </row>
            <row>
              <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'serapan'"/></xsl:call-template></entry>
              <entry><xsl:apply-templates select="r:anggaran" mode="db-inline-serapan"/></entry>
            </row>
          </xsl:if>
        </tbody>
      </tgroup>
    </informaltable>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Bab I Pendahuluan                                                -->
  <!-- ================================================================ -->

  <xsl:template name="db-bab-1">
    <xsl:variable name="u" select="r:unit"/>
    <chapter>
      <title><xsl:call-template name="label"><xsl:with-param name="key" select="'bab.1'"/></xsl:call-template></title>
      <xsl:apply-templates select="r:narasi[@bab = 'pendahuluan']" mode="db-blocks"/>
      <xsl:if test="r:masukan-hilang">
        <warning>
          <title><xsl:call-template name="label"><xsl:with-param name="key" select="'masukan-hilang'"/></xsl:call-template></title>
          <itemizedlist>
            <xsl:for-each select="r:masukan-hilang">
              <listitem><para><xsl:value-of select="@unit"/></para></listitem>
            </xsl:for-each>
          </itemizedlist>
        </warning>
      </xsl:if>
      <xsl:for-each select="r:versi-data">
        <warning>
          <para>
            <emphasis role="bold"><xsl:call-template name="label"><xsl:with-param name="key" select="'gerbang.data'"/></xsl:call-template>
            <xsl:text> </xsl:text><xsl:value-of select="$u/r:nama"/>:</emphasis>
            <xsl:text> </xsl:text><xsl:call-template name="label"><xsl:with-param name="key" select="'gerbang.versi'"/></xsl:call-template>
            <xsl:text> </xsl:text><xsl:call-template name="date"><xsl:with-param name="value" select="@diterima"/></xsl:call-template>
            <xsl:text>; </xsl:text><xsl:call-template name="label"><xsl:with-param name="key" select="'gerbang.kiriman'"/></xsl:call-template>
            <xsl:text> </xsl:text><xsl:call-template name="date"><xsl:with-param name="value" select="@ditolak"/></xsl:call-template>
            <xsl:text> </xsl:text><xsl:call-template name="label"><xsl:with-param name="key" select="'gerbang.ditolak'"/></xsl:call-template>
            <xsl:text>, </xsl:text><xsl:value-of select="@kesalahan"/>
            <xsl:text> </xsl:text><xsl:call-template name="label"><xsl:with-param name="key" select="'gerbang.kesalahan'"/></xsl:call-template>
            <xsl:text>.</xsl:text>
          </para>
        </warning>
      </xsl:for-each>
      <xsl:if test="r:kiriman-ditolak">
        <warning>
          <title><xsl:call-template name="label"><xsl:with-param name="key" select="'gerbang.judul'"/></xsl:call-template></title>
          <itemizedlist>
            <xsl:for-each select="r:kiriman-ditolak">
              <listitem><para>
                <xsl:value-of select="@berkas"/>
                <xsl:if test="@unit"> (<xsl:value-of select="@unit"/>)</xsl:if>
                <xsl:text>, </xsl:text><xsl:call-template name="date"><xsl:with-param name="value" select="@tanggal"/></xsl:call-template>
                <xsl:text>: </xsl:text><xsl:value-of select="@kesalahan"/>
                <xsl:text> </xsl:text><xsl:call-template name="label"><xsl:with-param name="key" select="'gerbang.kesalahan'"/></xsl:call-template>
                <xsl:text>; </xsl:text>
                <xsl:choose>
                  <xsl:when test="@versi-diterima">
                    <xsl:call-template name="label"><xsl:with-param name="key" select="'gerbang.dipakai'"/></xsl:call-template>
                    <xsl:text> </xsl:text><xsl:call-template name="date"><xsl:with-param name="value" select="@versi-diterima"/></xsl:call-template>
                  </xsl:when>
                  <xsl:when test="@unit-dari = 'berkas-lain'"><xsl:call-template name="label"><xsl:with-param name="key" select="'gerbang.berkas-lain'"/></xsl:call-template></xsl:when>
                  <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="key" select="'gerbang.absen'"/></xsl:call-template></xsl:otherwise>
                </xsl:choose>
              </para></listitem>
            </xsl:for-each>
          </itemizedlist>
        </warning>
      </xsl:if>
      <section>
        <title><xsl:call-template name="label"><xsl:with-param name="key" select="'organisasi'"/></xsl:call-template></title>
        <informaltable frame="topbot" rowsep="0" colsep="0">
          <tgroup cols="2">
            <colspec colname="c1" colwidth="2*" align="left"/>
            <colspec colname="c2" colwidth="5*" align="left"/>
            <tbody>
              <row>
                <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'nama'"/></xsl:call-template></entry>
                <entry>
                  <xsl:value-of select="$u/r:nama"/>
                  <xsl:if test="$u/r:singkatan"><xsl:value-of select="concat(' (', $u/r:singkatan, ')')"/></xsl:if>
                </entry>
              </row>
              <xsl:if test="$u/@kode">
                <row>
                  <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'kode'"/></xsl:call-template></entry>
                  <entry><xsl:value-of select="$u/@kode"/></entry>
                </row>
              </xsl:if>
              <xsl:if test="$u/r:alamat">
                <row>
                  <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'alamat'"/></xsl:call-template></entry>
                  <entry><xsl:value-of select="$u/r:alamat"/></entry>
                </row>
              </xsl:if>
              <xsl:for-each select="$u/r:kepala | $u/r:atasan">
                <row>
                  <entry>
                    <xsl:call-template name="label"><xsl:with-param name="key" select="local-name()"/></xsl:call-template>
                  </entry>
                  <entry><xsl:call-template name="db-person-inline"/></entry>
                </row>
              </xsl:for-each>
              <xsl:if test="$u/r:rencana/@dokumen">
                <row>
                  <entry><xsl:call-template name="label"><xsl:with-param name="key" select="'rencana'"/></xsl:call-template></entry>
                  <entry><xsl:call-template name="db-plan-name"/></entry>
                </row>
              </xsl:if>
            </tbody>
          </tgroup>
        </informaltable>
      </section>
      <xsl:if test="$u/r:visi or $u/r:misi">
        <section>
          <title>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'visi'"/></xsl:call-template>
            <xsl:if test="$u/r:misi">
              <xsl:text> &amp; </xsl:text>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'misi'"/></xsl:call-template>
            </xsl:if>
          </title>
          <xsl:if test="$u/r:visi">
            <formalpara>
              <title><xsl:call-template name="label"><xsl:with-param name="key" select="'visi'"/></xsl:call-template></title>
              <para><xsl:value-of select="$u/r:visi"/></para>
            </formalpara>
          </xsl:if>
          <xsl:if test="$u/r:misi">
            <formalpara>
              <title><xsl:call-template name="label"><xsl:with-param name="key" select="'misi'"/></xsl:call-template></title>
              <para>
                <orderedlist>
                  <xsl:for-each select="$u/r:misi">
                    <listitem><para><xsl:value-of select="."/></para></listitem>
                  </xsl:for-each>
                </orderedlist>
              </para>
            </formalpara>
          </xsl:if>
        </section>
      </xsl:if>
    </chapter>
  </xsl:template>

  <!-- "dr. Siti Aminah, M.Kes. — Kepala Dinas …, NIP 1975…" -->
  <xsl:template name="db-person-inline">
    <xsl:value-of select="@nama"/>
    <xsl:if test="@jabatan"><xsl:value-of select="concat(' — ', @jabatan)"/></xsl:if>
    <xsl:if test="@pangkat"><xsl:value-of select="concat(', ', @pangkat)"/></xsl:if>
    <xsl:if test="@nip">
      <xsl:text>, </xsl:text>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'nip'"/></xsl:call-template>
      <xsl:value-of select="concat(' ', @nip)"/>
    </xsl:if>
  </xsl:template>

  <!-- "Renstra 2021–2026" -->
  <xsl:template name="db-plan-name">
    <xsl:variable name="p" select="$db-root/r:unit/r:rencana"/>
    <xsl:value-of select="$p/@dokumen"/>
    <xsl:if test="$p/@awal">
      <xsl:value-of select="concat(' ', $p/@awal, '–', $p/@akhir)"/>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Bab II Perencanaan Kinerja                                       -->
  <!-- ================================================================ -->

  <xsl:template name="db-bab-2">
    <chapter>
      <title><xsl:call-template name="label"><xsl:with-param name="key" select="'bab.2'"/></xsl:call-template></title>
      <xsl:apply-templates select="r:narasi[@bab = 'perencanaan']" mode="db-blocks"/>
      <para>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'rencana'"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:call-template name="db-plan-name"/>
        <xsl:text>.</xsl:text>
      </para>
      <xsl:if test="r:tujuan">
        <section>
          <title>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'rencana.tujuan-sasaran'"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="db-plan-name"/>
          </title>
          <xsl:call-template name="db-plan-table"/>
        </section>
      </xsl:if>
      <section>
        <title>
          <xsl:choose>
            <xsl:when test="$db-pk">
              <xsl:call-template name="db-pk-title"><xsl:with-param name="pk" select="$db-pk"/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'dokumen.pk'"/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </title>
        <xsl:choose>
          <xsl:when test="$db-pk">
            <para>
              <xsl:call-template name="db-fill">
                <xsl:with-param name="text"><xsl:call-template name="label"><xsl:with-param name="key" select="'pk.ringkas'"/></xsl:call-template></xsl:with-param>
                <xsl:with-param name="n1" select="'tanggal'"/>
                <xsl:with-param name="v1"><xsl:call-template name="date"><xsl:with-param name="value" select="$db-pk/@tanggal"/></xsl:call-template></xsl:with-param>
                <xsl:with-param name="n2" select="'pihak-pertama'"/>
                <xsl:with-param name="v2" select="$db-pk/r:pihak-pertama/@jabatan"/>
                <xsl:with-param name="n3" select="'versi'"/>
                <xsl:with-param name="v3" select="$db-pk/@versi"/>
              </xsl:call-template>
              <xsl:if test="$db-pk/r:pihak-kedua">
                <xsl:text> </xsl:text>
                <xsl:call-template name="label"><xsl:with-param name="key" select="'pihak-kedua'"/></xsl:call-template>
                <xsl:value-of select="concat(': ', $db-pk/r:pihak-kedua/@jabatan, '.')"/>
              </xsl:if>
            </para>
            <xsl:if test="$db-pk/r:alasan">
              <para>
                <xsl:call-template name="label"><xsl:with-param name="key" select="'pk.alasan'"/></xsl:call-template>
                <xsl:value-of select="concat(': ', $db-pk/r:alasan)"/>
              </para>
            </xsl:if>
            <xsl:call-template name="db-pk-target-table"><xsl:with-param name="pk" select="$db-pk"/></xsl:call-template>
            <xsl:call-template name="db-pk-program-table"/>
          </xsl:when>
          <xsl:otherwise>
            <para><xsl:call-template name="label"><xsl:with-param name="key" select="'pk.tidak-ada'"/></xsl:call-template></para>
          </xsl:otherwise>
        </xsl:choose>
      </section>
      <xsl:if test="r:pohon-kinerja/r:simpul-simpul/r:simpul">
        <section>
          <title><xsl:call-template name="label"><xsl:with-param name="key" select="'pohon-kinerja'"/></xsl:call-template></title>
          <xsl:apply-templates select="r:pohon-kinerja" mode="db-figure"/>
        </section>
      </xsl:if>
      <xsl:if test="r:crosscutting/r:sasaran">
        <section>
          <title><xsl:call-template name="label"><xsl:with-param name="key" select="'crosscutting'"/></xsl:call-template></title>
          <xsl:apply-templates select="r:crosscutting" mode="db-table"/>
        </section>
      </xsl:if>
    </chapter>
  </xsl:template>

  <!-- The plan: No | Tujuan/Sasaran | Indikator | Satuan | Kondisi awal |
       Target <tahun> | Target akhir. -->
  <xsl:template name="db-plan-table">
    <table frame="all" rowsep="1" colsep="1">
      <title>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'rencana.tujuan-sasaran'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="db-plan-name"/>
      </title>
      <tgroup cols="7">
        <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.6 2.8 3 1.5 1.3r 1.1r 1.1r'"/></xsl:call-template>
        <thead>
          <row>
            <xsl:call-template name="db-head-entries"><xsl:with-param name="keys" select="'no tujuan-sasaran indikator satuan kondisi-awal'"/></xsl:call-template>
            <entry>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'target'"/></xsl:call-template>
              <xsl:value-of select="concat(' ', $db-tahun)"/>
            </entry>
            <xsl:call-template name="db-head-entries"><xsl:with-param name="keys" select="'target-akhir'"/></xsl:call-template>
          </row>
        </thead>
        <tbody>
          <xsl:for-each select="r:tujuan">
            <xsl:variable name="t" select="position()"/>
            <xsl:call-template name="db-plan-rows">
              <xsl:with-param name="no" select="$t"/>
              <xsl:with-param name="kind" select="'tujuan'"/>
            </xsl:call-template>
            <xsl:for-each select="r:sasaran">
              <xsl:call-template name="db-plan-rows">
                <xsl:with-param name="no" select="concat($t, '.', position())"/>
                <xsl:with-param name="kind" select="'sasaran'"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:for-each>
        </tbody>
      </tgroup>
    </table>
  </xsl:template>

  <xsl:template name="db-plan-rows">
    <xsl:param name="no"/>
    <xsl:param name="kind"/>
    <xsl:variable name="inds" select="r:indikator"/>
    <xsl:variable name="what">
      <xsl:call-template name="label"><xsl:with-param name="key" select="$kind"/></xsl:call-template>
      <xsl:value-of select="concat(': ', r:uraian)"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$inds">
        <xsl:for-each select="$inds">
          <row>
            <xsl:if test="position() = 1">
              <entry morerows="{count($inds) - 1}"><xsl:value-of select="$no"/></entry>
              <entry morerows="{count($inds) - 1}">
                <xsl:choose>
                  <xsl:when test="$kind = 'tujuan'"><emphasis role="bold"><xsl:value-of select="$what"/></emphasis></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$what"/></xsl:otherwise>
                </xsl:choose>
              </entry>
            </xsl:if>
            <entry><xsl:call-template name="db-indicator-name"/></entry>
            <entry><xsl:value-of select="r:satuan"/></entry>
            <entry>
              <xsl:choose>
                <xsl:when test="r:baseline">
                  <xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:baseline"/></xsl:call-template>
                  <xsl:if test="r:baseline/@tahun"><xsl:value-of select="concat(' (', r:baseline/@tahun, ')')"/></xsl:if>
                </xsl:when>
                <xsl:otherwise>–</xsl:otherwise>
              </xsl:choose>
            </entry>
            <entry>
              <xsl:choose>
                <xsl:when test="r:target[@tahun = $db-tahun]">
                  <xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:target[@tahun = $db-tahun][1]"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise>–</xsl:otherwise>
              </xsl:choose>
            </entry>
            <entry>
              <xsl:choose>
                <xsl:when test="r:target-akhir">
                  <xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:target-akhir"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise>–</xsl:otherwise>
              </xsl:choose>
            </entry>
          </row>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <row>
          <entry><xsl:value-of select="$no"/></entry>
          <entry namest="c2" nameend="c7">
            <xsl:choose>
              <xsl:when test="$kind = 'tujuan'"><emphasis role="bold"><xsl:value-of select="$what"/></emphasis></xsl:when>
              <xsl:otherwise><xsl:value-of select="$what"/></xsl:otherwise>
            </xsl:choose>
          </entry>
        </row>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Crosscutting: per pemda sasaran, the units and their sasaran. -->
  <xsl:template match="r:crosscutting" mode="db-table">
    <table frame="all" rowsep="1" colsep="1">
      <title><xsl:call-template name="label"><xsl:with-param name="key" select="'crosscutting'"/></xsl:call-template></title>
      <tgroup cols="5">
        <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.5c 2.6 1.1c 2.4 3.4'"/></xsl:call-template>
        <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'no sasaran crosscutting.jumlah-unit unit-pendukung crosscutting.sasaran-pendukung'"/></xsl:call-template>
        <tbody>
          <xsl:for-each select="r:sasaran">
            <xsl:variable name="no" select="position()"/>
            <xsl:variable name="cs" select="."/>
            <xsl:variable name="own" select="$db-root/r:tujuan/r:sasaran[@id = current()/@id]"/>
            <xsl:variable name="units" select="r:pendukung[not(@unit = preceding-sibling::r:pendukung/@unit)]"/>
            <xsl:choose>
              <xsl:when test="$units">
                <xsl:for-each select="$units">
                  <xsl:variable name="unit" select="@unit"/>
                  <row>
                    <xsl:if test="position() = 1">
                      <entry morerows="{count($units) - 1}"><xsl:value-of select="$no"/></entry>
                      <entry morerows="{count($units) - 1}">
                        <xsl:value-of select="$cs/@id"/>
                        <xsl:if test="$own/r:uraian"><xsl:value-of select="concat(' ', $own/r:uraian)"/></xsl:if>
                      </entry>
                      <entry morerows="{count($units) - 1}">
                        <xsl:value-of select="$cs/@jumlah-unit"/>
                        <xsl:if test="$cs/@jumlah-unit &gt; 1">
                          <xsl:text> (</xsl:text>
                          <xsl:call-template name="label"><xsl:with-param name="key" select="'pohon.lintas'"/></xsl:call-template>
                          <xsl:text>)</xsl:text>
                        </xsl:if>
                      </entry>
                    </xsl:if>
                    <entry>
                      <xsl:variable name="name" select="$own/r:didukung[@unit = $unit][1]/r:unit-nama"/>
                      <xsl:choose>
                        <xsl:when test="$name"><xsl:value-of select="$name"/></xsl:when>
                        <xsl:otherwise><xsl:value-of select="$unit"/></xsl:otherwise>
                      </xsl:choose>
                    </entry>
                    <entry>
                      <xsl:for-each select="$cs/r:pendukung[@unit = $unit]">
                        <xsl:variable name="d" select="$own/r:didukung[@unit = $unit and @sasaran = current()/@sasaran][1]"/>
                        <para>
                          <xsl:value-of select="@sasaran"/>
                          <xsl:if test="$d/r:uraian"><xsl:value-of select="concat(' ', $d/r:uraian)"/></xsl:if>
                        </para>
                      </xsl:for-each>
                    </entry>
                  </row>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise>
                <row>
                  <entry><xsl:value-of select="$no"/></entry>
                  <entry>
                    <xsl:value-of select="$cs/@id"/>
                    <xsl:if test="$own/r:uraian"><xsl:value-of select="concat(' ', $own/r:uraian)"/></xsl:if>
                  </entry>
                  <entry><xsl:value-of select="$cs/@jumlah-unit"/></entry>
                  <entry>–</entry>
                  <entry>–</entry>
                </row>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </tbody>
      </tgroup>
    </table>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Bab III Akuntabilitas Kinerja                                    -->
  <!-- ================================================================ -->

  <xsl:template name="db-bab-3">
    <chapter>
      <title><xsl:call-template name="label"><xsl:with-param name="key" select="'bab.3'"/></xsl:call-template></title>
      <section>
        <title><xsl:call-template name="label"><xsl:with-param name="key" select="'bab.3.a'"/></xsl:call-template></title>
        <xsl:apply-templates select="r:narasi[@bab = 'akuntabilitas']" mode="db-blocks"/>
        <para>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'capaian-organisasi'"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:apply-templates select="r:capaian" mode="db-inline-result"/>
        </para>
        <xsl:call-template name="db-policy-tables"/>
        <xsl:if test="r:tujuan">
          <xsl:call-template name="db-tujuan-table"/>
        </xsl:if>
        <xsl:if test="r:tujuan/r:indikator">
          <xsl:call-template name="db-indicator-table">
            <xsl:with-param name="inds" select="r:tujuan/r:indikator"/>
            <xsl:with-param name="title"><xsl:call-template name="label"><xsl:with-param name="key" select="'tabel.indikator-tujuan'"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:for-each select="r:tujuan/r:sasaran">
          <xsl:call-template name="db-sasaran-section">
            <xsl:with-param name="no" select="position()"/>
          </xsl:call-template>
        </xsl:for-each>
      </section>
      <section>
        <title><xsl:call-template name="label"><xsl:with-param name="key" select="'bab.3.b'"/></xsl:call-template></title>
        <xsl:apply-templates select="r:narasi[@bab = 'anggaran']" mode="db-blocks"/>
        <xsl:call-template name="db-budget"/>
      </section>
    </chapter>
  </xsl:template>

  <!-- The policies the report used, and the category scale. -->
  <xsl:template name="db-policy-tables">
    <xsl:variable name="k" select="r:kebijakan"/>
    <xsl:if test="$k/@*">
      <table frame="all" rowsep="1" colsep="1">
        <title><xsl:call-template name="label"><xsl:with-param name="key" select="'kebijakan'"/></xsl:call-template></title>
        <tgroup cols="2">
          <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'3 2'"/></xsl:call-template>
          <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'kebijakan.nama kebijakan.nilai'"/></xsl:call-template>
          <tbody>
            <xsl:for-each select="$k/@*">
              <row>
                <entry>
                  <xsl:call-template name="db-label-or">
                    <xsl:with-param name="key" select="concat('kebijakan.', local-name())"/>
                    <xsl:with-param name="fallback" select="local-name()"/>
                  </xsl:call-template>
                </entry>
                <entry>
                  <xsl:call-template name="db-label-or">
                    <xsl:with-param name="key" select="concat('kebijakan.nilai.', .)"/>
                    <xsl:with-param name="fallback" select="string(.)"/>
                  </xsl:call-template>
                </entry>
              </row>
            </xsl:for-each>
          </tbody>
        </tgroup>
      </table>
    </xsl:if>
    <xsl:if test="$k/r:kategori">
      <table frame="all" rowsep="1" colsep="1">
        <title><xsl:call-template name="label"><xsl:with-param name="key" select="'legenda'"/></xsl:call-template></title>
        <tgroup cols="3">
          <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'1 3 2r'"/></xsl:call-template>
          <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'kode kategori kategori.min'"/></xsl:call-template>
          <tbody>
            <xsl:for-each select="$k/r:kategori">
              <row>
                <entry><xsl:value-of select="@kode"/></entry>
                <entry><xsl:value-of select="@label"/></entry>
                <entry>
                  <xsl:choose>
                    <xsl:when test="@min">
                      <xsl:call-template name="number"><xsl:with-param name="value" select="@min"/></xsl:call-template>
                      <xsl:text>&#160;%</xsl:text>
                    </xsl:when>
                    <xsl:otherwise>–</xsl:otherwise>
                  </xsl:choose>
                </entry>
              </row>
            </xsl:for-each>
          </tbody>
        </tgroup>
      </table>
    </xsl:if>
  </xsl:template>

  <!-- Capaian per tujuan and sasaran (the roll-ups). -->
  <xsl:template name="db-tujuan-table">
    <table frame="all" rowsep="1" colsep="1">
      <title><xsl:call-template name="label"><xsl:with-param name="key" select="'tabel.capaian-tujuan-sasaran'"/></xsl:call-template></title>
      <tgroup cols="5">
        <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.7 4.8 1.5r 1.4 2.4'"/></xsl:call-template>
        <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'no tujuan-sasaran capaian kategori keterangan'"/></xsl:call-template>
        <tbody>
          <xsl:for-each select="r:tujuan">
            <xsl:variable name="t" select="position()"/>
            <row>
              <entry><xsl:value-of select="$t"/></entry>
              <entry>
                <emphasis role="bold">
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'tujuan'"/></xsl:call-template>
                  <xsl:value-of select="concat(': ', r:uraian)"/>
                </emphasis>
              </entry>
              <xsl:call-template name="db-capaian-entries"><xsl:with-param name="c" select="r:capaian"/></xsl:call-template>
            </row>
            <xsl:for-each select="r:sasaran">
              <row>
                <entry><xsl:value-of select="concat($t, '.', position())"/></entry>
                <entry>
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'sasaran'"/></xsl:call-template>
                  <xsl:value-of select="concat(': ', r:uraian)"/>
                </entry>
                <xsl:call-template name="db-capaian-entries"><xsl:with-param name="c" select="r:capaian"/></xsl:call-template>
              </row>
            </xsl:for-each>
          </xsl:for-each>
        </tbody>
      </tgroup>
    </table>
  </xsl:template>

  <!-- Capaian | Kategori | Keterangan of one capaian element. -->
  <xsl:template name="db-capaian-entries">
    <xsl:param name="c"/>
    <entry><xsl:call-template name="db-capaian-value"><xsl:with-param name="c" select="$c"/></xsl:call-template></entry>
    <entry>
      <xsl:choose>
        <xsl:when test="$c/@kategori-label"><xsl:value-of select="$c/@kategori-label"/></xsl:when>
        <xsl:otherwise>–</xsl:otherwise>
      </xsl:choose>
    </entry>
    <entry><xsl:call-template name="db-capaian-note"><xsl:with-param name="c" select="$c"/></xsl:call-template></entry>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- One sasaran: the seven analyses                                  -->
  <!-- ================================================================ -->

  <xsl:template name="db-sasaran-section">
    <xsl:param name="no"/>
    <xsl:variable name="s" select="."/>
    <xsl:variable name="inds" select="r:indikator"/>
    <xsl:variable name="sid" select="concat('s', $no, '-')"/>
    <section>
      <title>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'sasaran'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', $no, ': ', r:uraian)"/>
      </title>
      <para>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'capaian-sasaran'"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:apply-templates select="r:capaian" mode="db-inline-result"/>
      </para>
      <xsl:if test="r:mendukung">
        <para>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'mendukung'"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:for-each select="r:mendukung">
            <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
            <xsl:value-of select="@sasaran"/>
            <xsl:if test="r:uraian"><xsl:value-of select="concat(' ', r:uraian)"/></xsl:if>
            <xsl:if test="@unit"><xsl:value-of select="concat(' (', @unit, ')')"/></xsl:if>
            <xsl:if test="@status = 'tidak-ada-di-masukan'">
              <xsl:text> (</xsl:text>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'mendukung.tidak-ada'"/></xsl:call-template>
              <xsl:text>)</xsl:text>
            </xsl:if>
          </xsl:for-each>
        </para>
      </xsl:if>
      <xsl:apply-templates select="r:analisis[@jenis = 'konteks']" mode="db-blocks"/>

      <!-- (1) target vs realisasi this year -->
      <section>
        <title><xsl:call-template name="db-analysis-title"><xsl:with-param name="n" select="1"/></xsl:call-template></title>
        <xsl:choose>
          <xsl:when test="$inds">
            <xsl:call-template name="db-indicator-table">
              <xsl:with-param name="inds" select="$inds"/>
              <xsl:with-param name="title">
                <xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.target-realisasi'"/></xsl:call-template>
                <xsl:value-of select="concat(' — ', r:uraian)"/>
              </xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="db-chart-figure">
              <xsl:with-param name="file" select="concat('target-realisasi-', $sid, $s/@id)"/>
              <xsl:with-param name="title">
                <xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.target-realisasi'"/></xsl:call-template>
                <xsl:value-of select="concat(' — ', r:uraian)"/>
              </xsl:with-param>
              <xsl:with-param name="alt">
                <xsl:for-each select="$inds">
                  <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
                  <xsl:value-of select="concat(r:nama, ' ')"/>
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'target'"/></xsl:call-template>
                  <xsl:text> </xsl:text>
                  <xsl:choose>
                    <xsl:when test="r:target-periode[@status = 'ok']"><xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:target-periode"/></xsl:call-template></xsl:when>
                    <xsl:otherwise>–</xsl:otherwise>
                  </xsl:choose>
                  <xsl:text>, </xsl:text>
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'realisasi'"/></xsl:call-template>
                  <xsl:text> </xsl:text>
                  <xsl:choose>
                    <xsl:when test="r:realisasi[@status = 'ok']"><xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:realisasi"/></xsl:call-template></xsl:when>
                    <xsl:otherwise>–</xsl:otherwise>
                  </xsl:choose>
                </xsl:for-each>
              </xsl:with-param>
              <xsl:with-param name="svg">
                <xsl:call-template name="chart.target-realisasi"><xsl:with-param name="indikator" select="$inds"/></xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
            <xsl:for-each select="$inds">
              <xsl:call-template name="db-chart-figure">
                <xsl:with-param name="file" select="concat('progres-', $sid, 'i', position(), '-', @id)"/>
                <xsl:with-param name="title">
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.bulanan'"/></xsl:call-template>
                  <xsl:value-of select="concat(' — ', r:nama)"/>
                  <xsl:if test="r:satuan"><xsl:value-of select="concat(' (', r:satuan, ')')"/></xsl:if>
                </xsl:with-param>
                <xsl:with-param name="svg">
                  <xsl:call-template name="chart.progres"><xsl:with-param name="indikator" select="."/></xsl:call-template>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <para><xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.indikator'"/></xsl:call-template></para>
          </xsl:otherwise>
        </xsl:choose>
      </section>

      <!-- (2) vs earlier years -->
      <section>
        <title><xsl:call-template name="db-analysis-title"><xsl:with-param name="n" select="2"/></xsl:call-template></title>
        <xsl:call-template name="db-trend-table"><xsl:with-param name="inds" select="$inds"/></xsl:call-template>
        <xsl:for-each select="$inds">
          <xsl:call-template name="db-chart-figure">
            <xsl:with-param name="file" select="concat('tren-', $sid, 'i', position(), '-', @id)"/>
            <xsl:with-param name="width" select="'80mm'"/>
            <xsl:with-param name="title">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.tren'"/></xsl:call-template>
              <xsl:value-of select="concat(' — ', r:nama)"/>
              <xsl:if test="r:satuan"><xsl:value-of select="concat(' (', r:satuan, ')')"/></xsl:if>
            </xsl:with-param>
            <xsl:with-param name="alt">
              <xsl:for-each select="r:realisasi-lalu">
                <xsl:sort select="@tahun" data-type="number"/>
                <xsl:value-of select="concat(@tahun, ' ')"/>
                <xsl:call-template name="typed-value"><xsl:with-param name="node" select="."/></xsl:call-template>
                <xsl:text>; </xsl:text>
              </xsl:for-each>
              <xsl:value-of select="concat($db-tahun, ' ')"/>
              <xsl:choose>
                <xsl:when test="r:realisasi[@status = 'ok']"><xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:realisasi"/></xsl:call-template></xsl:when>
                <xsl:otherwise>–</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="svg">
              <xsl:call-template name="chart.tren">
                <xsl:with-param name="indikator" select="."/>
                <xsl:with-param name="tahun" select="$db-tahun"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </section>

      <!-- (3) vs end-of-period target -->
      <section>
        <title><xsl:call-template name="db-analysis-title"><xsl:with-param name="n" select="3"/></xsl:call-template></title>
        <xsl:choose>
          <xsl:when test="$inds[r:target-akhir]">
            <xsl:call-template name="db-compare-table">
              <xsl:with-param name="inds" select="$inds[r:target-akhir]"/>
              <xsl:with-param name="kind" select="'target-akhir'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <para><xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.target-akhir'"/></xsl:call-template></para>
          </xsl:otherwise>
        </xsl:choose>
      </section>

      <!-- (4) vs national standard -->
      <section>
        <title><xsl:call-template name="db-analysis-title"><xsl:with-param name="n" select="4"/></xsl:call-template></title>
        <xsl:choose>
          <xsl:when test="$inds[r:standar-nasional]">
            <xsl:call-template name="db-compare-table">
              <xsl:with-param name="inds" select="$inds[r:standar-nasional]"/>
              <xsl:with-param name="kind" select="'standar-nasional'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <para><xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.standar-nasional'"/></xsl:call-template></para>
          </xsl:otherwise>
        </xsl:choose>
      </section>

      <!-- (5) causes and solutions: the unit's own words -->
      <section>
        <title><xsl:call-template name="db-analysis-title"><xsl:with-param name="n" select="5"/></xsl:call-template></title>
        <xsl:choose>
          <xsl:when test="r:analisis[@jenis = 'penyebab' or @jenis = 'solusi']">
            <xsl:for-each select="r:analisis[@jenis = 'penyebab' or @jenis = 'solusi']">
              <section>
                <title><xsl:call-template name="label"><xsl:with-param name="key" select="@jenis"/></xsl:call-template></title>
                <xsl:apply-templates select="." mode="db-blocks"/>
              </section>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <para><xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.analisis'"/></xsl:call-template></para>
          </xsl:otherwise>
        </xsl:choose>
      </section>

      <!-- (6) efficiency -->
      <section>
        <title><xsl:call-template name="db-analysis-title"><xsl:with-param name="n" select="6"/></xsl:call-template></title>
        <xsl:variable name="programs" select="key('db-program', r:program/@kode)"/>
        <xsl:choose>
          <xsl:when test="$programs">
            <xsl:call-template name="db-efficiency-table"><xsl:with-param name="programs" select="$programs"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$db-root/@jenis = 'pemda'">
            <xsl:variable name="units" select="$db-root/r:unit-bawahan[@id = current()/r:didukung/@unit]"/>
            <xsl:if test="$units">
              <table frame="all" rowsep="1" colsep="1">
                <title>
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'efisiensi'"/></xsl:call-template>
                  <xsl:value-of select="concat(' — ', r:uraian)"/>
                </title>
                <tgroup cols="5">
                  <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.5c 4 1.5r 1.4 1.5r'"/></xsl:call-template>
                  <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'no unit-pendukung capaian kategori serapan'"/></xsl:call-template>
                  <tbody>
                    <xsl:for-each select="$units">
                      <row>
                        <entry><xsl:value-of select="position()"/></entry>
                        <entry><xsl:value-of select="r:nama"/></entry>
                        <entry><xsl:call-template name="db-capaian-value"><xsl:with-param name="c" select="r:capaian"/></xsl:call-template></entry>
                        <entry>
                          <xsl:choose>
                            <xsl:when test="r:capaian/@kategori-label"><xsl:value-of select="r:capaian/@kategori-label"/></xsl:when>
                            <xsl:otherwise>–</xsl:otherwise>
                          </xsl:choose>
                        </entry>
                        <entry><xsl:call-template name="db-serapan-value"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template></entry>
                      </row>
                    </xsl:for-each>
                  </tbody>
                </tgroup>
              </table>
            </xsl:if>
            <para><xsl:call-template name="label"><xsl:with-param name="key" select="'efisiensi.pemda'"/></xsl:call-template></para>
          </xsl:when>
          <xsl:otherwise>
            <para><xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.program'"/></xsl:call-template></para>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:apply-templates select="r:analisis[@jenis = 'efisiensi']" mode="db-blocks"/>
      </section>

      <!-- (7) supporting programs and kegiatan (pemda: supporting units) -->
      <section>
        <title><xsl:call-template name="db-analysis-title"><xsl:with-param name="n" select="7"/></xsl:call-template></title>
        <xsl:variable name="programs" select="key('db-program', r:program/@kode)"/>
        <xsl:if test="r:didukung">
          <xsl:call-template name="db-supporters-table"/>
        </xsl:if>
        <xsl:if test="$programs">
          <xsl:call-template name="db-program-table"><xsl:with-param name="programs" select="$programs"/></xsl:call-template>
          <xsl:if test="$programs/r:indikator | $programs/r:kegiatan/r:indikator">
            <xsl:call-template name="db-program-indicator-table"><xsl:with-param name="programs" select="$programs"/></xsl:call-template>
          </xsl:if>
        </xsl:if>
        <xsl:if test="not(r:didukung) and not($programs)">
          <para><xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.program'"/></xsl:call-template></para>
        </xsl:if>
      </section>
    </section>
  </xsl:template>

  <!-- "(1) Perbandingan target dan realisasi tahun ini" -->
  <xsl:template name="db-analysis-title">
    <xsl:param name="n"/>
    <xsl:value-of select="concat('(', $n, ') ')"/>
    <xsl:call-template name="label"><xsl:with-param name="key" select="concat('analisis.', $n)"/></xsl:call-template>
  </xsl:template>

  <!-- No | Indikator | Satuan | Target | Realisasi | Capaian | Kategori | Keterangan -->
  <xsl:template name="db-indicator-table">
    <xsl:param name="inds"/>
    <xsl:param name="title"/>
    <table frame="all" rowsep="1" colsep="1">
      <title><xsl:value-of select="$title"/></title>
      <tgroup cols="8">
        <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.5c 2.6 1.4 1.4r 1.4r 1.4r 1.1 1.9'"/></xsl:call-template>
        <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'no indikator satuan target realisasi capaian kategori keterangan'"/></xsl:call-template>
        <tbody>
          <xsl:for-each select="$inds">
            <row>
              <entry><xsl:value-of select="position()"/></entry>
              <entry><xsl:call-template name="db-indicator-name"/></entry>
              <entry><xsl:value-of select="r:satuan"/></entry>
              <xsl:call-template name="db-result-entries"/>
            </row>
          </xsl:for-each>
        </tbody>
      </tgroup>
    </table>
  </xsl:template>

  <!-- Name of the indicator in context, marked when it is an IKU. -->
  <xsl:template name="db-indicator-name">
    <xsl:value-of select="r:nama"/>
    <xsl:if test="@iku = 'ya'">
      <xsl:text> (</xsl:text>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'iku'"/></xsl:call-template>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- Target | Realisasi | Capaian | Kategori | Keterangan of the context
       indicator for the report period. -->
  <xsl:template name="db-result-entries">
    <entry>
      <xsl:choose>
        <xsl:when test="r:target-periode[@status = 'ok']">
          <xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:target-periode"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>–</xsl:otherwise>
      </xsl:choose>
    </entry>
    <entry>
      <xsl:choose>
        <xsl:when test="r:realisasi[@status = 'ok']">
          <xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:realisasi"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>–</xsl:otherwise>
      </xsl:choose>
    </entry>
    <entry><xsl:call-template name="db-capaian-value"><xsl:with-param name="c" select="r:capaian"/></xsl:call-template></entry>
    <entry>
      <xsl:choose>
        <xsl:when test="r:capaian/@kategori-label"><xsl:value-of select="r:capaian/@kategori-label"/></xsl:when>
        <xsl:otherwise>–</xsl:otherwise>
      </xsl:choose>
    </entry>
    <entry>
      <xsl:call-template name="db-capaian-note"><xsl:with-param name="c" select="r:capaian"/></xsl:call-template>
      <xsl:if test="$db-multi-pk and r:target-periode/@versi-pk">
        <xsl:text>; </xsl:text>
        <xsl:call-template name="db-fill">
          <xsl:with-param name="text"><xsl:call-template name="label"><xsl:with-param name="key" select="'target.versi-pk'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="n1" select="'versi'"/>
          <xsl:with-param name="v1" select="r:target-periode/@versi-pk"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="r:realisasi/@periode-ada and number(r:realisasi/@periode-ada) &lt; number(r:realisasi/@periode-jendela)">
        <xsl:text>; </xsl:text>
        <xsl:call-template name="db-fill">
          <xsl:with-param name="text"><xsl:call-template name="label"><xsl:with-param name="key" select="'realisasi.periode-ada'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="n1" select="'ada'"/>
          <xsl:with-param name="v1" select="r:realisasi/@periode-ada"/>
          <xsl:with-param name="n2" select="'jendela'"/>
          <xsl:with-param name="v2" select="r:realisasi/@periode-jendela"/>
        </xsl:call-template>
      </xsl:if>
    </entry>
  </xsl:template>

  <!-- A capaian's value: "101,46 %", or "tidak dihitung". -->
  <xsl:template name="db-capaian-value">
    <xsl:param name="c"/>
    <xsl:choose>
      <xsl:when test="not($c)">–</xsl:when>
      <xsl:when test="$c/@status = 'ok'">
        <xsl:call-template name="percent"><xsl:with-param name="value" select="$c/@tampil"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-dihitung'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A capaian's remark: the rule (and a limit applied), or the reason it
       could not be computed; for roll-ups the indicators left out. -->
  <xsl:template name="db-capaian-note">
    <xsl:param name="c"/>
    <xsl:choose>
      <xsl:when test="not($c)">–</xsl:when>
      <xsl:when test="$c/@status = 'ok'">
        <xsl:value-of select="$c/@aturan"/>
        <xsl:if test="$c/@dibatasi">
          <xsl:text>; </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="concat('dibatasi.', $c/@dibatasi)"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'alasan'"/></xsl:call-template>
        <xsl:value-of select="concat(': ', $c/@alasan)"/>
        <xsl:if test="$c/@aturan"><xsl:value-of select="concat(' (', $c/@aturan, ')')"/></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="number($c/@dilewati) &gt; 0">
      <xsl:text>; </xsl:text>
      <xsl:call-template name="db-fill">
        <xsl:with-param name="text"><xsl:call-template name="label"><xsl:with-param name="key" select="'capaian.dilewati'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="n1" select="'n'"/>
        <xsl:with-param name="v1" select="$c/@dilewati"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A capaian in running text: "101,09 % (Sangat Tinggi; rata-rata
       capaian)" or "tidak dihitung (alasan: …)". -->
  <xsl:template match="r:capaian" mode="db-inline-result">
    <xsl:choose>
      <xsl:when test="@status = 'ok'">
        <emphasis role="bold">
          <xsl:call-template name="percent"><xsl:with-param name="value" select="@tampil"/></xsl:call-template>
        </emphasis>
        <xsl:text> (</xsl:text>
        <xsl:if test="@kategori-label"><xsl:value-of select="concat(@kategori-label, '; ')"/></xsl:if>
        <xsl:call-template name="db-capaian-note"><xsl:with-param name="c" select="."/></xsl:call-template>
        <xsl:text>)</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-dihitung'"/></xsl:call-template>
        <xsl:text> (</xsl:text>
        <xsl:call-template name="db-capaian-note"><xsl:with-param name="c" select="."/></xsl:call-template>
        <xsl:text>)</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Serapan in running text: "95,57 % (aturan)" or "tidak dihitung (…)". -->
  <xsl:template match="r:anggaran" mode="db-inline-serapan">
    <xsl:choose>
      <xsl:when test="@status = 'ok'">
        <xsl:call-template name="percent"><xsl:with-param name="value" select="@serapan-tampil"/></xsl:call-template>
        <xsl:if test="@aturan"><xsl:value-of select="concat(' (', @aturan, ')')"/></xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-dihitung'"/></xsl:call-template>
        <xsl:text> (</xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'alasan'"/></xsl:call-template>
        <xsl:value-of select="concat(': ', @alasan, ')')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- (2) No | Indikator | Satuan | <earlier years…> | <this year> | Arah -->
  <xsl:template name="db-trend-table">
    <xsl:param name="inds"/>
    <xsl:variable name="years" select="$inds/r:realisasi-lalu[generate-id() = generate-id(key('db-lalu', concat(generate-id(../..), '|', @tahun))[1])]"/>
    <xsl:choose>
      <xsl:when test="$years">
        <xsl:variable name="n" select="count($years)"/>
        <table frame="all" rowsep="1" colsep="1">
          <title>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.tren'"/></xsl:call-template>
            <xsl:value-of select="concat(' — ', r:uraian)"/>
          </title>
          <tgroup cols="{$n + 5}">
            <colspec colname="c1" colwidth="0.5*" align="center"/>
            <colspec colname="c2" colwidth="2.6*" align="left"/>
            <colspec colname="c3" colwidth="1.2*" align="left"/>
            <xsl:for-each select="$years">
              <colspec colname="c{position() + 3}" colwidth="1.2*" align="right"/>
            </xsl:for-each>
            <colspec colname="c{$n + 4}" colwidth="1.2*" align="right"/>
            <colspec colname="c{$n + 5}" colwidth="1.3*" align="left"/>
            <thead>
              <row>
                <xsl:call-template name="db-head-entries"><xsl:with-param name="keys" select="'no indikator satuan'"/></xsl:call-template>
                <xsl:for-each select="$years">
                  <xsl:sort select="@tahun" data-type="number"/>
                  <entry><xsl:value-of select="@tahun"/></entry>
                </xsl:for-each>
                <entry><xsl:value-of select="$db-tahun"/></entry>
                <xsl:call-template name="db-head-entries"><xsl:with-param name="keys" select="'arah'"/></xsl:call-template>
              </row>
            </thead>
            <tbody>
              <xsl:for-each select="$inds">
                <xsl:variable name="ind" select="."/>
                <row>
                  <entry><xsl:value-of select="position()"/></entry>
                  <entry><xsl:value-of select="r:nama"/></entry>
                  <entry><xsl:value-of select="r:satuan"/></entry>
                  <xsl:for-each select="$years">
                    <xsl:sort select="@tahun" data-type="number"/>
                    <xsl:variable name="v" select="$ind/r:realisasi-lalu[@tahun = current()/@tahun][1]"/>
                    <entry>
                      <xsl:choose>
                        <xsl:when test="$v"><xsl:call-template name="typed-value"><xsl:with-param name="node" select="$v"/></xsl:call-template></xsl:when>
                        <xsl:otherwise>–</xsl:otherwise>
                      </xsl:choose>
                    </entry>
                  </xsl:for-each>
                  <entry>
                    <xsl:choose>
                      <xsl:when test="r:realisasi[@status = 'ok']">
                        <xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:realisasi"/></xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise>–</xsl:otherwise>
                    </xsl:choose>
                  </entry>
                  <entry>
                    <!-- against the latest earlier year -->
                    <xsl:variable name="last">
                      <xsl:for-each select="r:tren">
                        <xsl:sort select="@tahun" data-type="number" order="descending"/>
                        <xsl:if test="position() = 1">
                          <xsl:choose>
                            <xsl:when test="@status = 'ok' and @arah and @arah != 'tidak-diketahui'">
                              <xsl:call-template name="label"><xsl:with-param name="key" select="concat('arah.', @arah)"/></xsl:call-template>
                              <xsl:value-of select="concat(' (', @tahun, ')')"/>
                            </xsl:when>
                            <xsl:when test="@alasan">
                              <xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-dihitung'"/></xsl:call-template>
                              <xsl:value-of select="concat(': ', @alasan)"/>
                            </xsl:when>
                          </xsl:choose>
                        </xsl:if>
                      </xsl:for-each>
                    </xsl:variable>
                    <xsl:choose>
                      <xsl:when test="string($last) != ''"><xsl:value-of select="$last"/></xsl:when>
                      <xsl:otherwise>–</xsl:otherwise>
                    </xsl:choose>
                  </entry>
                </row>
              </xsl:for-each>
            </tbody>
          </tgroup>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <para><xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.tren'"/></xsl:call-template></para>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- (3) and (4): the realisasi against the end-of-period target or the
       national standard, with the capaian the IR computed for it. -->
  <xsl:template name="db-compare-table">
    <xsl:param name="inds"/>
    <xsl:param name="kind"/>
    <xsl:variable name="national" select="$kind = 'standar-nasional'"/>
    <table frame="all" rowsep="1" colsep="1">
      <title>
        <xsl:call-template name="label"><xsl:with-param name="key" select="$kind"/></xsl:call-template>
        <xsl:value-of select="concat(' — ', r:uraian)"/>
      </title>
      <tgroup cols="{7 + number($national)}">
        <xsl:choose>
          <xsl:when test="$national">
            <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.5c 2.4 1.3 1.3r 1.9 1.4r 1.4r 1.8'"/></xsl:call-template>
            <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'no indikator satuan standar-nasional sumber realisasi capaian keterangan'"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.5c 2.9 1.4 1.4r 1.4r 1.4r 2.1'"/></xsl:call-template>
            <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'no indikator satuan target-akhir realisasi capaian keterangan'"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <tbody>
          <xsl:for-each select="$inds">
            <xsl:variable name="c" select="r:*[local-name() = concat('terhadap-', $kind)]"/>
            <row>
              <entry><xsl:value-of select="position()"/></entry>
              <entry><xsl:value-of select="r:nama"/></entry>
              <entry><xsl:value-of select="r:satuan"/></entry>
              <entry>
                <xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:*[local-name() = $kind]"/></xsl:call-template>
              </entry>
              <xsl:if test="$national">
                <entry><xsl:value-of select="r:standar-nasional/@sumber"/></entry>
              </xsl:if>
              <entry>
                <xsl:choose>
                  <xsl:when test="r:realisasi[@status = 'ok']">
                    <xsl:call-template name="typed-value"><xsl:with-param name="node" select="r:realisasi"/></xsl:call-template>
                  </xsl:when>
                  <xsl:otherwise>–</xsl:otherwise>
                </xsl:choose>
              </entry>
              <entry><xsl:call-template name="db-capaian-value"><xsl:with-param name="c" select="$c"/></xsl:call-template></entry>
              <entry><xsl:call-template name="db-capaian-note"><xsl:with-param name="c" select="$c"/></xsl:call-template></entry>
            </row>
          </xsl:for-each>
        </tbody>
      </tgroup>
    </table>
  </xsl:template>

  <!-- (6) Kode | Program | Capaian | Serapan | Efisiensi | Aturan: the
       inputs beside the result. -->
  <xsl:template name="db-efficiency-table">
    <xsl:param name="programs"/>
    <table frame="all" rowsep="1" colsep="1">
      <title>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'efisiensi'"/></xsl:call-template>
        <xsl:value-of select="concat(' — ', r:uraian)"/>
      </title>
      <tgroup cols="6">
        <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'1.2 3 1.4r 1.4r 1.3r 2.3'"/></xsl:call-template>
        <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'kode program capaian serapan efisiensi keterangan'"/></xsl:call-template>
        <tbody>
          <xsl:for-each select="$programs">
            <row>
              <entry><xsl:value-of select="@kode"/></entry>
              <entry><xsl:value-of select="r:nama"/></entry>
              <entry><xsl:call-template name="db-capaian-value"><xsl:with-param name="c" select="r:capaian"/></xsl:call-template></entry>
              <entry><xsl:call-template name="db-serapan-value"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template></entry>
              <entry>
                <xsl:choose>
                  <xsl:when test="r:efisiensi[@status = 'ok']">
                    <xsl:call-template name="shown"><xsl:with-param name="value" select="r:efisiensi/@tampil"/></xsl:call-template>
                  </xsl:when>
                  <xsl:when test="r:efisiensi">
                    <xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-dihitung'"/></xsl:call-template>
                  </xsl:when>
                  <xsl:otherwise>–</xsl:otherwise>
                </xsl:choose>
              </entry>
              <entry>
                <xsl:choose>
                  <xsl:when test="r:efisiensi[@status = 'ok']"><xsl:value-of select="r:efisiensi/@aturan"/></xsl:when>
                  <xsl:when test="r:efisiensi">
                    <xsl:call-template name="label"><xsl:with-param name="key" select="'alasan'"/></xsl:call-template>
                    <xsl:value-of select="concat(': ', r:efisiensi/@alasan)"/>
                    <xsl:if test="r:efisiensi/@aturan"><xsl:value-of select="concat(' (', r:efisiensi/@aturan, ')')"/></xsl:if>
                  </xsl:when>
                  <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="key" select="'efisiensi.tanpa-indikator'"/></xsl:call-template></xsl:otherwise>
                </xsl:choose>
              </entry>
            </row>
          </xsl:for-each>
        </tbody>
      </tgroup>
    </table>
  </xsl:template>

  <!-- "95,99 %" or "tidak dihitung" -->
  <xsl:template name="db-serapan-value">
    <xsl:param name="a"/>
    <xsl:choose>
      <xsl:when test="not($a)">–</xsl:when>
      <xsl:when test="$a/@status = 'ok'">
        <xsl:call-template name="percent"><xsl:with-param name="value" select="$a/@serapan-tampil"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-dihitung'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- (7) for a pemda sasaran: No | Perangkat Daerah | Sasaran perangkat daerah -->
  <xsl:template name="db-supporters-table">
    <table frame="all" rowsep="1" colsep="1">
      <title>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'didukung-oleh'"/></xsl:call-template>
        <xsl:value-of select="concat(' — ', r:uraian)"/>
      </title>
      <tgroup cols="3">
        <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.5c 3 4'"/></xsl:call-template>
        <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'no unit-pendukung crosscutting.sasaran-pendukung'"/></xsl:call-template>
        <tbody>
          <xsl:for-each select="r:didukung">
            <row>
              <entry><xsl:value-of select="position()"/></entry>
              <entry>
                <xsl:choose>
                  <xsl:when test="r:unit-nama"><xsl:value-of select="r:unit-nama"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="@unit"/></xsl:otherwise>
                </xsl:choose>
              </entry>
              <entry>
                <xsl:value-of select="@sasaran"/>
                <xsl:if test="r:uraian"><xsl:value-of select="concat(' ', r:uraian)"/></xsl:if>
              </entry>
            </row>
          </xsl:for-each>
        </tbody>
      </tgroup>
    </table>
  </xsl:template>

  <!-- (7) Kode | Program / Kegiatan | Pagu | Realisasi | Serapan | Capaian -->
  <xsl:template name="db-program-table">
    <xsl:param name="programs"/>
    <table frame="all" rowsep="1" colsep="1">
      <title>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'tabel.program-kegiatan'"/></xsl:call-template>
        <xsl:value-of select="concat(' — ', r:uraian)"/>
      </title>
      <tgroup cols="6">
        <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'1.7 3 2.3r 2.3r 1.4r 1.4r'"/></xsl:call-template>
        <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'kode program-kegiatan pagu-rp realisasi-rp serapan capaian'"/></xsl:call-template>
        <tbody>
          <xsl:for-each select="$programs">
            <row>
              <entry><emphasis role="bold"><xsl:value-of select="@kode"/></emphasis></entry>
              <entry><emphasis role="bold"><xsl:value-of select="r:nama"/></emphasis></entry>
              <xsl:call-template name="db-budget-entries"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
              <entry><xsl:call-template name="db-capaian-value"><xsl:with-param name="c" select="r:capaian"/></xsl:call-template></entry>
            </row>
            <xsl:for-each select="r:kegiatan">
              <row>
                <entry><xsl:value-of select="@kode"/></entry>
                <entry><xsl:value-of select="r:nama"/></entry>
                <xsl:call-template name="db-budget-entries"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
                <entry>–</entry>
              </row>
            </xsl:for-each>
          </xsl:for-each>
        </tbody>
      </tgroup>
    </table>
  </xsl:template>

  <!-- Pagu (Rp) | Realisasi (Rp) | Serapan -->
  <xsl:template name="db-budget-entries">
    <xsl:param name="a"/>
    <entry><xsl:call-template name="number"><xsl:with-param name="value" select="$a/@pagu"/></xsl:call-template></entry>
    <entry><xsl:call-template name="number"><xsl:with-param name="value" select="$a/@realisasi"/></xsl:call-template></entry>
    <entry><xsl:call-template name="db-serapan-value"><xsl:with-param name="a" select="$a"/></xsl:call-template></entry>
  </xsl:template>

  <!-- (7) the outcome and output indicators of those programs and kegiatan. -->
  <xsl:template name="db-program-indicator-table">
    <xsl:param name="programs"/>
    <table frame="all" rowsep="1" colsep="1">
      <title>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'tabel.indikator-program'"/></xsl:call-template>
        <xsl:value-of select="concat(' — ', r:uraian)"/>
      </title>
      <tgroup cols="8">
        <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'1.7 2.5 1.2 1.3r 1.4r 1.4r 1.1 1.8'"/></xsl:call-template>
        <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'kode indikator satuan target realisasi capaian kategori keterangan'"/></xsl:call-template>
        <tbody>
          <xsl:for-each select="$programs">
            <xsl:for-each select="r:indikator | r:kegiatan/r:indikator">
              <row>
                <entry><xsl:value-of select="../@kode"/></entry>
                <entry><xsl:call-template name="db-indicator-name"/></entry>
                <entry><xsl:value-of select="r:satuan"/></entry>
                <xsl:call-template name="db-result-entries"/>
              </row>
            </xsl:for-each>
          </xsl:for-each>
        </tbody>
      </tgroup>
    </table>
  </xsl:template>

  <!-- B. Realisasi Anggaran: per program, with the unit's total. -->
  <xsl:template name="db-budget">
    <xsl:choose>
      <xsl:when test="r:program">
        <table frame="all" rowsep="1" colsep="1">
          <title><xsl:call-template name="label"><xsl:with-param name="key" select="'tabel.realisasi-anggaran'"/></xsl:call-template></title>
          <tgroup cols="6">
            <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.5c 1.2 3.4 2.3r 2.3r 1.4r'"/></xsl:call-template>
            <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'no kode program pagu-rp realisasi-rp serapan'"/></xsl:call-template>
            <tbody>
              <xsl:for-each select="r:program">
                <row>
                  <entry><xsl:value-of select="position()"/></entry>
                  <entry><xsl:value-of select="@kode"/></entry>
                  <entry><xsl:value-of select="r:nama"/></entry>
                  <xsl:call-template name="db-budget-entries"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
                </row>
              </xsl:for-each>
              <row>
                <entry namest="c1" nameend="c3">
                  <emphasis role="bold"><xsl:call-template name="label"><xsl:with-param name="key" select="'jumlah'"/></xsl:call-template></emphasis>
                </entry>
                <xsl:call-template name="db-budget-entries"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
              </row>
            </tbody>
          </tgroup>
        </table>
        <para>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'serapan'"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:apply-templates select="r:anggaran" mode="db-inline-serapan"/>
        </para>
        <xsl:call-template name="db-chart-figure">
          <xsl:with-param name="file" select="'serapan'"/>
          <xsl:with-param name="title"><xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.serapan'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="alt">
            <xsl:for-each select="r:program">
              <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
              <xsl:value-of select="concat(@kode, ' ', r:nama, ' ')"/>
              <xsl:call-template name="db-serapan-value"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
            </xsl:for-each>
          </xsl:with-param>
          <xsl:with-param name="svg">
            <xsl:call-template name="chart.serapan"><xsl:with-param name="program" select="r:program"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$db-opds">
        <table frame="all" rowsep="1" colsep="1">
          <title><xsl:call-template name="label"><xsl:with-param name="key" select="'tabel.anggaran-unit'"/></xsl:call-template></title>
          <tgroup cols="7">
            <xsl:call-template name="db-colspecs"><xsl:with-param name="widths" select="'0.5c 2.9 2.3r 2.3r 1.4r 1.4r 1.4'"/></xsl:call-template>
            <xsl:call-template name="db-head"><xsl:with-param name="keys" select="'no perangkat-daerah pagu-rp realisasi-rp serapan capaian kategori'"/></xsl:call-template>
            <tbody>
              <xsl:for-each select="$db-opds">
                <row>
                  <entry><xsl:value-of select="position()"/></entry>
                  <entry><xsl:value-of select="r:nama"/></entry>
                  <xsl:call-template name="db-budget-entries"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
                  <entry><xsl:call-template name="db-capaian-value"><xsl:with-param name="c" select="r:capaian"/></xsl:call-template></entry>
                  <entry>
                    <xsl:choose>
                      <xsl:when test="r:capaian/@kategori-label"><xsl:value-of select="r:capaian/@kategori-label"/></xsl:when>
                      <xsl:otherwise>–</xsl:otherwise>
                    </xsl:choose>
                  </entry>
                </row>
              </xsl:for-each>
              <row>
                <entry namest="c1" nameend="c2">
                  <emphasis role="bold"><xsl:call-template name="label"><xsl:with-param name="key" select="'jumlah'"/></xsl:call-template></emphasis>
                </entry>
                <xsl:call-template name="db-budget-entries"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
                <entry><xsl:call-template name="db-capaian-value"><xsl:with-param name="c" select="r:capaian"/></xsl:call-template></entry>
                <entry>
                  <xsl:choose>
                    <xsl:when test="r:capaian/@kategori-label"><xsl:value-of select="r:capaian/@kategori-label"/></xsl:when>
                    <xsl:otherwise>–</xsl:otherwise>
                  </xsl:choose>
                </entry>
              </row>
            </tbody>
          </tgroup>
        </table>
        <para>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'serapan'"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:apply-templates select="r:anggaran" mode="db-inline-serapan"/>
        </para>
        <xsl:call-template name="db-chart-figure">
          <xsl:with-param name="file" select="'serapan'"/>
          <xsl:with-param name="title"><xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.serapan-unit'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="alt">
            <xsl:for-each select="$db-opds">
              <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
              <xsl:value-of select="concat(r:nama, ' ')"/>
              <xsl:call-template name="db-serapan-value"><xsl:with-param name="a" select="r:anggaran"/></xsl:call-template>
            </xsl:for-each>
          </xsl:with-param>
          <xsl:with-param name="svg">
            <xsl:call-template name="chart.serapan">
              <xsl:with-param name="program" select="$db-opds"/>
              <xsl:with-param name="title"><xsl:call-template name="label"><xsl:with-param name="key" select="'grafik.serapan-unit'"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <para><xsl:call-template name="label"><xsl:with-param name="key" select="'tidak-ada.program-unit'"/></xsl:call-template></para>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Bab IV Penutup                                                   -->
  <!-- ================================================================ -->

  <xsl:template name="db-bab-4">
    <chapter>
      <title><xsl:call-template name="label"><xsl:with-param name="key" select="'bab.4'"/></xsl:call-template></title>
      <xsl:apply-templates select="r:narasi[@bab = 'penutup']" mode="db-blocks"/>
      <para>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'capaian-organisasi'"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:apply-templates select="r:capaian" mode="db-inline-result"/>
        <xsl:if test="$db-has-budget">
          <xsl:text>. </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'serapan'"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:apply-templates select="r:anggaran" mode="db-inline-serapan"/>
        </xsl:if>
        <xsl:text>.</xsl:text>
      </para>
      <xsl:call-template name="db-signatures">
        <xsl:with-param name="tempat" select="@tempat"/>
        <xsl:with-param name="tanggal" select="@tanggal"/>
        <xsl:with-param name="left" select="/.."/>
        <xsl:with-param name="left-key" select="''"/>
        <xsl:with-param name="right" select="r:unit/r:kepala"/>
        <xsl:with-param name="right-key" select="''"/>
      </xsl:call-template>
    </chapter>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Narrative: p, ul, ol, li, b, i → DocBook                         -->
  <!-- ================================================================ -->

  <!-- The blocks of a narasi or analisis; stray text becomes a para. -->
  <xsl:template match="r:narasi | r:analisis" mode="db-blocks">
    <xsl:for-each select="node()">
      <xsl:choose>
        <xsl:when test="self::r:p">
          <para><xsl:apply-templates mode="db-inline"/></para>
        </xsl:when>
        <xsl:when test="self::r:ul">
          <xsl:if test="r:li">
            <itemizedlist><xsl:apply-templates select="r:li" mode="db-item"/></itemizedlist>
          </xsl:if>
        </xsl:when>
        <xsl:when test="self::r:ol">
          <xsl:if test="r:li">
            <orderedlist><xsl:apply-templates select="r:li" mode="db-item"/></orderedlist>
          </xsl:if>
        </xsl:when>
        <xsl:when test="self::*">
          <para><xsl:apply-templates mode="db-inline"/></para>
        </xsl:when>
        <xsl:when test="self::text() and normalize-space(.) != ''">
          <para><xsl:value-of select="."/></para>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="r:li" mode="db-item">
    <listitem><para><xsl:apply-templates mode="db-inline"/></para></listitem>
  </xsl:template>

  <xsl:template match="r:b" mode="db-inline">
    <emphasis role="bold"><xsl:apply-templates mode="db-inline"/></emphasis>
  </xsl:template>

  <xsl:template match="r:i" mode="db-inline">
    <emphasis><xsl:apply-templates mode="db-inline"/></emphasis>
  </xsl:template>

  <!-- Anything else inline: its text only. -->
  <xsl:template match="*" mode="db-inline">
    <xsl:apply-templates mode="db-inline"/>
  </xsl:template>

  <xsl:template match="text()" mode="db-inline">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Table helpers                                                    -->
  <!-- ================================================================ -->

  <!-- colspec c1.. from a space-separated list of proportional widths;
       a width ending in r aligns right, in c centres, else left. -->
  <xsl:template name="db-colspecs">
    <xsl:param name="widths"/>
    <xsl:param name="n" select="1"/>
    <xsl:variable name="w" select="normalize-space($widths)"/>
    <xsl:if test="$w != ''">
      <xsl:variable name="first">
        <xsl:choose>
          <xsl:when test="contains($w, ' ')"><xsl:value-of select="substring-before($w, ' ')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$w"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="last" select="substring($first, string-length($first))"/>
      <colspec colname="c{$n}">
        <xsl:choose>
          <xsl:when test="$last = 'r'">
            <xsl:attribute name="colwidth"><xsl:value-of select="concat(substring($first, 1, string-length($first) - 1), '*')"/></xsl:attribute>
            <xsl:attribute name="align">right</xsl:attribute>
          </xsl:when>
          <xsl:when test="$last = 'c'">
            <xsl:attribute name="colwidth"><xsl:value-of select="concat(substring($first, 1, string-length($first) - 1), '*')"/></xsl:attribute>
            <xsl:attribute name="align">center</xsl:attribute>
          </xsl:when>
          <xsl:otherwise>
            <xsl:attribute name="colwidth"><xsl:value-of select="concat($first, '*')"/></xsl:attribute>
            <xsl:attribute name="align">left</xsl:attribute>
          </xsl:otherwise>
        </xsl:choose>
      </colspec>
      <xsl:call-template name="db-colspecs">
        <xsl:with-param name="widths" select="substring-after($w, ' ')"/>
        <xsl:with-param name="n" select="$n + 1"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- thead with one header row from space-separated label keys. -->
  <xsl:template name="db-head">
    <xsl:param name="keys"/>
    <thead>
      <row>
        <xsl:call-template name="db-head-entries"><xsl:with-param name="keys" select="$keys"/></xsl:call-template>
      </row>
    </thead>
  </xsl:template>

  <xsl:template name="db-head-entries">
    <xsl:param name="keys"/>
    <xsl:variable name="k" select="normalize-space($keys)"/>
    <xsl:if test="$k != ''">
      <xsl:variable name="first">
        <xsl:choose>
          <xsl:when test="contains($k, ' ')"><xsl:value-of select="substring-before($k, ' ')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$k"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <entry><xsl:call-template name="label"><xsl:with-param name="key" select="$first"/></xsl:call-template></entry>
      <xsl:call-template name="db-head-entries">
        <xsl:with-param name="keys" select="substring-after($k, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A label if the language has it, else the fallback text (policy
       values such as "2T-R" or "120" stand for themselves). -->
  <xsl:template name="db-label-or">
    <xsl:param name="key"/>
    <xsl:param name="fallback"/>
    <xsl:choose>
      <xsl:when test="$labels/label[@key = $key]"><xsl:value-of select="$labels/label[@key = $key]"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$fallback"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Figures: SVG files beside the DocBook                            -->
  <!-- ================================================================ -->

  <!-- A safe, lower-case file name: [a-z0-9_-], every other character
       '-', then '.svg'. '.' goes too: an id may hold '..' (O0-A..B is a
       valid id), which lkjip refuses in a file name. The name need not keep
       ids apart (Ab.C and ab-c give one tail): what makes it unique in the
       document is the kind prefix and the positions before the id
       (s<sasaran>, i<indicator>); the id is only a readable tail. -->
  <xsl:template name="db-file-name">
    <xsl:param name="base"/>
    <xsl:variable name="low" select="translate($base, $db-upper, $db-lower)"/>
    <xsl:variable name="bad" select="translate($low, 'abcdefghijklmnopqrstuvwxyz0123456789_-', '')"/>
    <xsl:value-of select="concat(translate($low, $bad, '--------------------------------------------------------------------------------'), '.svg')"/>
  </xsl:template>

  <!-- The figure that shows a file, then the file itself. -->
  <xsl:template name="db-figure">
    <xsl:param name="file"/>
    <xsl:param name="title"/>
    <xsl:param name="alt"/>
    <xsl:param name="width" select="'140mm'"/>
    <xsl:param name="depth" select="''"/>
    <xsl:param name="svg"/>
    <figure>
      <title><xsl:value-of select="$title"/></title>
      <mediaobject>
        <imageobject>
          <imagedata fileref="{$file}" format="SVG">
            <xsl:choose>
              <xsl:when test="$depth != ''"><xsl:attribute name="contentdepth"><xsl:value-of select="$depth"/></xsl:attribute></xsl:when>
              <xsl:otherwise><xsl:attribute name="contentwidth"><xsl:value-of select="$width"/></xsl:attribute></xsl:otherwise>
            </xsl:choose>
          </imagedata>
        </imageobject>
        <textobject><phrase><xsl:value-of select="$alt"/></phrase></textobject>
      </mediaobject>
    </figure>
    <lkj:berkas nama="{$file}">
      <xsl:copy-of select="$svg"/>
    </lkj:berkas>
  </xsl:template>

  <!-- Text cut to n characters with an ellipsis. -->
  <xsl:template name="db-cut">
    <xsl:param name="text"/>
    <xsl:param name="n"/>
    <xsl:variable name="t" select="normalize-space($text)"/>
    <xsl:choose>
      <xsl:when test="string-length($t) &gt; $n"><xsl:value-of select="concat(normalize-space(substring($t, 1, $n - 1)), '…')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A chart of charts.xsl as a figure and its file, when the chart drew
       anything (an empty drawing has no text, not even a title). The text
       alternative is alt (the values in words), else the title. -->
  <xsl:template name="db-chart-figure">
    <xsl:param name="file"/>
    <xsl:param name="title"/>
    <xsl:param name="alt" select="''"/>
    <xsl:param name="svg"/>
    <xsl:param name="width" select="'140mm'"/>
    <xsl:if test="normalize-space($svg) != ''">
      <xsl:call-template name="db-figure">
        <xsl:with-param name="file">
          <xsl:call-template name="db-file-name"><xsl:with-param name="base" select="$file"/></xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="title" select="$title"/>
        <xsl:with-param name="alt">
          <xsl:value-of select="$title"/>
          <xsl:if test="string($alt) != ''"><xsl:value-of select="concat(': ', $alt)"/></xsl:if>
        </xsl:with-param>
        <xsl:with-param name="width" select="$width"/>
        <xsl:with-param name="svg" select="$svg"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The pohon kinerja: boxes where lower.c laid them out, elbow lines
       from parent to child, crosscutting boxes with a dashed orange edge,
       a legend below. A tree much wider than tall also gets a copy turned
       a quarter left (pohon-kinerja-a4.svg) that prints larger on an A4
       page: it is the imageobject with role="fo", which the DocBook XSL
       stylesheets choose for print; HTML takes the first one. -->
  <xsl:template match="r:pohon-kinerja" mode="db-figure">
    <xsl:variable name="title">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'pohon-kinerja'"/></xsl:call-template>
      <xsl:value-of select="concat(' — ', $db-root/r:unit/r:nama)"/>
    </xsl:variable>
    <xsl:variable name="w" select="number(@lebar)"/>
    <xsl:variable name="h" select="number(@tinggi) + 30"/>
    <xsl:variable name="alt">
      <xsl:value-of select="$title"/>
      <xsl:for-each select="r:simpul-simpul/r:simpul[@tingkat = 0]">
        <xsl:value-of select="concat('; ', r:label)"/>
      </xsl:for-each>
    </xsl:variable>
    <!-- mm per unit on a 140 mm × 220 mm text area, upright and turned -->
    <xsl:variable name="upright">
      <xsl:choose>
        <xsl:when test="140 div $w &lt; 220 div $h"><xsl:value-of select="140 div $w"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="220 div $h"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="turned">
      <xsl:choose>
        <xsl:when test="140 div $h &lt; 220 div $w"><xsl:value-of select="140 div $h"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="220 div $w"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="turn" select="number($turned) &gt; number($upright) * 1.25"/>
    <xsl:variable name="drawing">
      <xsl:apply-templates select="." mode="db-tree-drawing">
        <xsl:with-param name="w" select="$w"/>
      </xsl:apply-templates>
    </xsl:variable>
    <figure>
      <title><xsl:value-of select="$title"/></title>
      <mediaobject>
        <imageobject>
          <xsl:if test="$turn"><xsl:attribute name="role">html</xsl:attribute></xsl:if>
          <imagedata fileref="pohon-kinerja.svg" format="SVG">
            <xsl:choose>
              <xsl:when test="140 div $w &lt; 220 div $h"><xsl:attribute name="contentwidth">140mm</xsl:attribute></xsl:when>
              <xsl:otherwise><xsl:attribute name="contentdepth">220mm</xsl:attribute></xsl:otherwise>
            </xsl:choose>
          </imagedata>
        </imageobject>
        <xsl:if test="$turn">
          <imageobject role="fo">
            <imagedata fileref="pohon-kinerja-a4.svg" format="SVG">
              <xsl:choose>
                <xsl:when test="140 div $h &lt; 220 div $w"><xsl:attribute name="contentwidth">140mm</xsl:attribute></xsl:when>
                <xsl:otherwise><xsl:attribute name="contentdepth">220mm</xsl:attribute></xsl:otherwise>
              </xsl:choose>
            </imagedata>
          </imageobject>
        </xsl:if>
        <textobject><phrase><xsl:value-of select="$alt"/></phrase></textobject>
      </mediaobject>
    </figure>
    <lkj:berkas nama="pohon-kinerja.svg">
      <svg xmlns="http://www.w3.org/2000/svg" width="{$w}" height="{$h}" viewBox="0 0 {$w} {$h}" font-family="sans-serif" font-size="10">
        <title><xsl:value-of select="$title"/></title>
        <rect x="0" y="0" width="{$w}" height="{$h}" fill="#ffffff"/>
        <xsl:copy-of select="$drawing"/>
      </svg>
    </lkj:berkas>
    <xsl:if test="$turn">
      <lkj:berkas nama="pohon-kinerja-a4.svg">
        <svg xmlns="http://www.w3.org/2000/svg" width="{$h}" height="{$w}" viewBox="0 0 {$h} {$w}" font-family="sans-serif" font-size="10">
          <title><xsl:value-of select="$title"/></title>
          <rect x="0" y="0" width="{$h}" height="{$w}" fill="#ffffff"/>
          <g transform="translate(0 {$w}) rotate(-90)">
            <xsl:copy-of select="$drawing"/>
          </g>
        </svg>
      </lkj:berkas>
    </xsl:if>
  </xsl:template>

  <xsl:template match="r:pohon-kinerja" mode="db-tree-drawing">
    <xsl:param name="w"/>
    <xsl:for-each select="r:garis-garis/r:garis">
      <xsl:variable name="a" select="key('db-simpul', @dari)"/>
      <xsl:variable name="b" select="key('db-simpul', @ke)"/>
      <xsl:if test="$a and $b">
        <xsl:variable name="x1" select="$a/@x + $a/@lebar"/>
        <xsl:variable name="y1" select="$a/@y + $a/@tinggi div 2"/>
        <xsl:variable name="x2" select="number($b/@x)"/>
        <xsl:variable name="y2" select="$b/@y + $b/@tinggi div 2"/>
        <xsl:variable name="xm" select="($x1 + $x2) div 2"/>
        <path xmlns="http://www.w3.org/2000/svg" fill="none" stroke="#7f7f7f" stroke-width="1"
              d="M {format-number($x1, '0.##')} {format-number($y1, '0.##')} H {format-number($xm, '0.##')} V {format-number($y2, '0.##')} H {format-number($x2, '0.##')}"/>
      </xsl:if>
    </xsl:for-each>
    <xsl:for-each select="r:simpul-simpul/r:simpul">
      <g xmlns="http://www.w3.org/2000/svg">
        <title><xsl:value-of select="concat(@ref, ': ', r:label)"/></title>
        <rect x="{@x}" y="{@y}" width="{@lebar}" height="{@tinggi}" rx="3" ry="3">
          <xsl:attribute name="fill"><xsl:call-template name="db-tree-fill"/></xsl:attribute>
          <xsl:choose>
            <xsl:when test="@lintas = 'ya'">
              <xsl:attribute name="stroke">#c55a11</xsl:attribute>
              <xsl:attribute name="stroke-width">1.6</xsl:attribute>
              <xsl:attribute name="stroke-dasharray">4 2</xsl:attribute>
            </xsl:when>
            <xsl:otherwise>
              <xsl:attribute name="stroke">#595959</xsl:attribute>
              <xsl:attribute name="stroke-width">0.8</xsl:attribute>
            </xsl:otherwise>
          </xsl:choose>
        </rect>
        <xsl:call-template name="db-svg-box-text">
          <xsl:with-param name="text" select="r:label"/>
          <xsl:with-param name="x" select="@x + 4"/>
          <xsl:with-param name="y" select="number(@y)"/>
          <xsl:with-param name="h" select="number(@tinggi)"/>
          <xsl:with-param name="chars" select="floor((@lebar - 8) div 5.2)"/>
        </xsl:call-template>
      </g>
    </xsl:for-each>
    <!-- legend: one entry per kind of box present, and crosscutting -->
    <xsl:variable name="kinds" select="r:simpul-simpul/r:simpul[not(@jenis = preceding-sibling::r:simpul/@jenis)]"/>
    <xsl:variable name="entries" select="count($kinds) + count(r:simpul-simpul/r:simpul[@lintas = 'ya'][1])"/>
    <xsl:variable name="step">
      <xsl:choose>
        <xsl:when test="($w - 20) div $entries &gt; 190">190</xsl:when>
        <xsl:otherwise><xsl:value-of select="floor(($w - 20) div $entries)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="ly" select="number(@tinggi) + 12"/>
    <xsl:for-each select="$kinds">
      <xsl:sort select="@tingkat" data-type="number"/>
      <rect xmlns="http://www.w3.org/2000/svg" x="{10 + (position() - 1) * $step}" y="{$ly}" width="12" height="12" stroke="#595959" stroke-width="0.8">
        <xsl:attribute name="fill"><xsl:call-template name="db-tree-fill"/></xsl:attribute>
      </rect>
      <text xmlns="http://www.w3.org/2000/svg" x="{26 + (position() - 1) * $step}" y="{$ly + 10}" fill="#222222">
        <xsl:call-template name="label"><xsl:with-param name="key" select="concat('pohon.', @jenis)"/></xsl:call-template>
      </text>
    </xsl:for-each>
    <xsl:if test="r:simpul-simpul/r:simpul[@lintas = 'ya']">
      <rect xmlns="http://www.w3.org/2000/svg" x="{10 + count($kinds) * $step}" y="{$ly}" width="12" height="12" fill="#ffffff" stroke="#c55a11" stroke-width="1.6" stroke-dasharray="4 2"/>
      <text xmlns="http://www.w3.org/2000/svg" x="{26 + count($kinds) * $step}" y="{$ly + 10}" fill="#222222">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'pohon.lintas'"/></xsl:call-template>
      </text>
    </xsl:if>
  </xsl:template>

  <!-- Box colour by kind (context: a simpul). -->
  <xsl:template name="db-tree-fill">
    <xsl:choose>
      <xsl:when test="@jenis = 'sasaran-pemda'">#dbe5f1</xsl:when>
      <xsl:when test="@jenis = 'sasaran-opd'">#e2efd9</xsl:when>
      <xsl:when test="@jenis = 'program'">#fff2cc</xsl:when>
      <xsl:otherwise>#f2f2f2</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A box label in at most two lines, cut with an ellipsis. -->
  <xsl:template name="db-svg-box-text">
    <xsl:param name="text"/>
    <xsl:param name="x"/>
    <xsl:param name="y"/>
    <xsl:param name="h"/>
    <xsl:param name="chars"/>
    <xsl:variable name="t" select="normalize-space($text)"/>
    <xsl:variable name="line1">
      <xsl:call-template name="db-take-words">
        <xsl:with-param name="text" select="$t"/>
        <xsl:with-param name="width" select="$chars"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="rest" select="normalize-space(substring($t, string-length($line1) + 1))"/>
    <xsl:choose>
      <xsl:when test="$rest = ''">
        <text xmlns="http://www.w3.org/2000/svg" x="{format-number($x, '0.##')}" y="{format-number($y + $h div 2 + 3.5, '0.##')}" fill="#222222"><xsl:value-of select="$line1"/></text>
      </xsl:when>
      <xsl:otherwise>
        <text xmlns="http://www.w3.org/2000/svg" x="{format-number($x, '0.##')}" y="{format-number($y + $h div 2 - 2, '0.##')}" fill="#222222"><xsl:value-of select="$line1"/></text>
        <text xmlns="http://www.w3.org/2000/svg" x="{format-number($x, '0.##')}" y="{format-number($y + $h div 2 + 9, '0.##')}" fill="#222222">
          <xsl:call-template name="db-cut"><xsl:with-param name="text" select="$rest"/><xsl:with-param name="n" select="$chars"/></xsl:call-template>
        </text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The longest run of whole words within width characters (a word
       longer than that is cut). -->
  <xsl:template name="db-take-words">
    <xsl:param name="text"/>
    <xsl:param name="width"/>
    <xsl:param name="acc" select="''"/>
    <xsl:variable name="word" select="substring-before(concat($text, ' '), ' ')"/>
    <xsl:variable name="rest" select="substring-after($text, ' ')"/>
    <xsl:variable name="next">
      <xsl:choose>
        <xsl:when test="$acc = ''"><xsl:value-of select="$word"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat($acc, ' ', $word)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$word = ''"><xsl:value-of select="$acc"/></xsl:when>
      <xsl:when test="string-length($next) &gt; $width">
        <xsl:choose>
          <xsl:when test="$acc = ''"><xsl:value-of select="substring($word, 1, $width)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$acc"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$rest = ''"><xsl:value-of select="$next"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="db-take-words">
          <xsl:with-param name="text" select="$rest"/>
          <xsl:with-param name="width" select="$width"/>
          <xsl:with-param name="acc" select="$next"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
