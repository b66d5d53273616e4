<?xml version="1.0" encoding="UTF-8"?>
<!--
  lkjip-docbook.xsl: a presented document (urn:lkjip:present:1,
  docs/present.md) as a DocBook 5.0 book, every chart inline in its
  imagedata (valid against the DocBook 5.0 RELAX NG schema). Serves both
  documents: the LKjIP and the Perjanjian Kinerja.

  A thin serialiser: every element maps to markup, text is copied, charts
  are copied. It looks up no label and decides nothing about what is shown.
  It computes nothing: every cell's column (kolom, kolom-akhir) and the
  rows a cell covers below it (baris-lanjut) come from the present stage;
  a tgroup's cols is the number of p:kolom.

    p:dokumen       book (xml:lang); p:judul and p:sampul make its info
    p:bagian        preface (pengantar), chapter (bab), appendix (lampiran),
                    section (bagian); peran is the role, id the xml:id
    p:p             para            p:daftar    itemizedlist / orderedlist
    p:tabel         table (with p:judul) or informaltable; CALS tgroup
    p:gambar        figure (with p:judul) or informalfigure > mediaobject >
                    imageobject > imagedata format="svg" > the svg itself
    p:kotak         its blocks in place (an anchor carries its id)
    p:ttd           one para per line, role ttd-ROLE
    p:daftar-isi    nothing: a DocBook processor makes its own
    p:t             phrase role     p:kategori  phrase role="kategori-KODE"
    p:b, p:i        emphasis role="bold", emphasis
    p:tautan        link linkend
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:lkjip:present:1"
                xmlns="http://docbook.org/ns/docbook"
                xmlns:lkj="urn:lkjip:emit:1"
                extension-element-prefixes="lkj"
                exclude-result-prefixes="p">

  <!-- Not indented: whitespace added inside a chart (between tspans) would
       show in it. -->
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- This stylesheet may be given a large report part by part
       (docs/present.md, "Part by part"): it processes the children of
       p:dokumen, p:bagian, p:kotak and p:isi in document order, and copies
       the processing instruction lkjip where it stands. -->
  <lkj:bertahap xmlns:lkj="urn:lkjip:emit:1"/>
  <!-- lkjip puts each chart, serialised once, where its stand-in <?lkjip …?> is copied (docs/present.md) -->
  <lkj:grafik-jadi xmlns:lkj="urn:lkjip:emit:1"/>

  <!-- Whitespace between structural elements is layout; inside inline
       content (p:p, p:sel, p:judul, p:butir ...) it is the text's own. -->
  <xsl:strip-space elements="p:dokumen p:sampul p:daftar-isi p:bagian p:kotak p:ttd p:daftar
                             p:tabel p:kepala p:isi p:kaki p:baris p:gambar"/>

  <!-- ============================================================ -->
  <!-- The book and its info                                         -->
  <!-- ============================================================ -->

  <xsl:template match="/p:dokumen">
    <book version="5.0" xml:lang="{@bahasa}">
      <info>
        <title><xsl:apply-templates select="p:judul/node()"/></title>
        <xsl:apply-templates select="p:sampul"/>
      </info>
      <xsl:apply-templates select="p:bagian | processing-instruction('lkjip')"/>
    </book>
  </xsl:template>

  <!-- The cover's lines, each where DocBook keeps it. -->
  <xsl:template match="p:sampul">
    <xsl:apply-templates select="p:baris[@peran != 'unit' and @peran != 'alamat']"/>
    <xsl:if test="p:baris[@peran = 'unit' or @peran = 'alamat']">
      <org>
        <xsl:apply-templates select="p:baris[@peran = 'unit' or @peran = 'alamat']"/>
      </org>
    </xsl:if>
  </xsl:template>

  <xsl:template match="p:sampul/p:baris[@peran = 'jenis']"><subtitle><xsl:value-of select="."/></subtitle></xsl:template>
  <xsl:template match="p:sampul/p:baris[@peran = 'singkat']"><titleabbrev><xsl:value-of select="."/></titleabbrev></xsl:template>
  <xsl:template match="p:sampul/p:baris[@peran = 'periode']"><bibliocoverage><xsl:value-of select="."/></bibliocoverage></xsl:template>
  <xsl:template match="p:sampul/p:baris[@peran = 'tanggal']"><date><xsl:value-of select="."/></date></xsl:template>
  <xsl:template match="p:sampul/p:baris[@peran = 'kaki']"><releaseinfo><xsl:value-of select="."/></releaseinfo></xsl:template>
  <xsl:template match="p:sampul/p:baris[@peran = 'unit']"><orgname><xsl:value-of select="."/></orgname></xsl:template>
  <xsl:template match="p:sampul/p:baris[@peran = 'alamat']"><address><xsl:value-of select="."/></address></xsl:template>

  <!-- Where a part of a report given part by part begins or ends. -->
  <xsl:template match="processing-instruction('lkjip')"><xsl:copy/></xsl:template>

  <!-- peran is the role, id the xml:id, on every element that has them. -->
  <xsl:template match="@peran"><xsl:attribute name="role"><xsl:value-of select="."/></xsl:attribute></xsl:template>
  <xsl:template match="@id"><xsl:attribute name="xml:id"><xsl:value-of select="."/></xsl:attribute></xsl:template>

  <!-- ============================================================ -->
  <!-- Chapters and sections                                         -->
  <!-- ============================================================ -->

  <xsl:template match="p:bagian[@jenis = 'pengantar']">
    <preface><xsl:call-template name="bagian-isi"/></preface>
  </xsl:template>

  <xsl:template match="p:bagian[@jenis = 'bab']">
    <chapter><xsl:call-template name="bagian-isi"/></chapter>
  </xsl:template>

  <xsl:template match="p:bagian[@jenis = 'lampiran']">
    <appendix><xsl:call-template name="bagian-isi"/></appendix>
  </xsl:template>

  <xsl:template match="p:bagian[@jenis = 'bagian']">
    <section><xsl:call-template name="bagian-isi"/></section>
  </xsl:template>

  <xsl:template name="bagian-isi">
    <lkj:atribut peran="role" id="xml:id"><xsl:fallback><xsl:apply-templates select="@id | @peran"/></xsl:fallback></lkj:atribut>
    <title><xsl:apply-templates select="p:judul/node()"/></title>
    <xsl:apply-templates select="*[not(self::p:judul)] | processing-instruction('lkjip')"/>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Blocks                                                        -->
  <!-- ============================================================ -->

  <xsl:template match="p:p">
    <para><lkj:atribut peran="role" id="xml:id"><xsl:fallback><xsl:apply-templates select="@id | @peran"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></para>
  </xsl:template>

  <xsl:template match="p:daftar[@jenis = 'ul']">
    <itemizedlist><lkj:atribut peran="role" id="xml:id"><xsl:fallback><xsl:apply-templates select="@id | @peran"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></itemizedlist>
  </xsl:template>

  <xsl:template match="p:daftar[@jenis = 'ol']">
    <orderedlist><lkj:atribut peran="role" id="xml:id"><xsl:fallback><xsl:apply-templates select="@id | @peran"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></orderedlist>
  </xsl:template>

  <xsl:template match="p:butir">
    <listitem>
      <para><xsl:apply-templates select="node()[not(self::p:daftar)]"/></para>
      <xsl:apply-templates select="p:daftar"/>
    </listitem>
  </xsl:template>

  <xsl:template match="p:kotak">
    <xsl:if test="@id"><anchor><xsl:apply-templates select="@id"/></anchor></xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="p:ttd">
    <xsl:if test="@id"><anchor><xsl:apply-templates select="@id"/></anchor></xsl:if>
    <xsl:apply-templates select="p:baris"/>
  </xsl:template>

  <xsl:template match="p:ttd/p:baris">
    <para role="ttd-{@peran}"><xsl:value-of select="."/></para>
  </xsl:template>

  <xsl:template match="p:gambar[p:judul]">
    <figure>
      <lkj:atribut peran="role" id="xml:id"><xsl:fallback><xsl:apply-templates select="@id | @peran"/></xsl:fallback></lkj:atribut>
      <title><xsl:apply-templates select="p:judul/node()"/></title>
      <xsl:call-template name="media"/>
    </figure>
  </xsl:template>

  <xsl:template match="p:gambar">
    <informalfigure>
      <lkj:atribut peran="role" id="xml:id"><xsl:fallback><xsl:apply-templates select="@id | @peran"/></xsl:fallback></lkj:atribut>
      <xsl:call-template name="media"/>
    </informalfigure>
  </xsl:template>

  <xsl:template name="media">
    <mediaobject>
      <imageobject>
        <imagedata format="svg">
          <xsl:copy-of select="*[namespace-uri() = 'http://www.w3.org/2000/svg'] | processing-instruction('lkjip')"/>
        </imagedata>
      </imageobject>
      <xsl:if test="p:keterangan">
        <caption><para><xsl:apply-templates select="p:keterangan/node()"/></para></caption>
      </xsl:if>
    </mediaobject>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Tables (CALS)                                                 -->
  <!-- ============================================================ -->

  <xsl:template match="p:tabel[p:judul]">
    <table frame="all" rowsep="1" colsep="1">
      <lkj:atribut peran="role" id="xml:id"><xsl:fallback><xsl:apply-templates select="@id | @peran"/></xsl:fallback></lkj:atribut>
      <title><xsl:apply-templates select="p:judul/node()"/></title>
      <xsl:call-template name="tgroup"/>
    </table>
  </xsl:template>

  <xsl:template match="p:tabel">
    <informaltable frame="all" rowsep="1" colsep="1">
      <lkj:atribut peran="role" id="xml:id"><xsl:fallback><xsl:apply-templates select="@id | @peran"/></xsl:fallback></lkj:atribut>
      <xsl:call-template name="tgroup"/>
    </informaltable>
  </xsl:template>

  <xsl:template name="tgroup">
    <tgroup cols="{count(p:kolom)}">
      <xsl:apply-templates select="p:kolom"/>
      <xsl:apply-templates select="p:kepala"/>
      <xsl:apply-templates select="p:kaki"/>
      <xsl:apply-templates select="p:isi"/>
    </tgroup>
  </xsl:template>

  <xsl:template match="p:kolom">
    <colspec colname="c{position()}">
      <lkj:atribut lebar="colwidth"><xsl:fallback><xsl:if test="@lebar"><xsl:attribute name="colwidth"><xsl:value-of select="@lebar"/></xsl:attribute></xsl:if></xsl:fallback></lkj:atribut>
      <xsl:apply-templates select="@rata"/>
    </colspec>
  </xsl:template>

  <xsl:template match="@rata[. = 'kiri']"><xsl:attribute name="align">left</xsl:attribute></xsl:template>
  <xsl:template match="@rata[. = 'tengah']"><xsl:attribute name="align">center</xsl:attribute></xsl:template>
  <xsl:template match="@rata[. = 'kanan']"><xsl:attribute name="align">right</xsl:attribute></xsl:template>

  <xsl:template match="p:kepala"><thead><xsl:apply-templates/></thead></xsl:template>
  <xsl:template match="p:kaki"><tfoot><xsl:apply-templates/></tfoot></xsl:template>
  <xsl:template match="p:isi"><tbody><xsl:apply-templates/></tbody></xsl:template>

  <xsl:template match="p:tabel//p:baris">
    <row><lkj:atribut peran="role"><xsl:fallback><xsl:apply-templates select="@peran"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></row>
  </xsl:template>

  <xsl:template match="p:sel">
    <entry>
      <xsl:choose>
        <xsl:when test="@kolom-akhir">
          <lkj:atribut peran="role" kolom="namest c" kolom-akhir="nameend c" baris-lanjut="morerows">
            <xsl:fallback><xsl:call-template name="entry-atribut"/></xsl:fallback>
          </lkj:atribut>
        </xsl:when>
        <xsl:otherwise>
          <lkj:atribut peran="role" kolom="colname c" baris-lanjut="morerows">
            <xsl:fallback><xsl:call-template name="entry-atribut"/></xsl:fallback>
          </lkj:atribut>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates/>
    </entry>
  </xsl:template>

  <!-- The same attributes without lkjip (xsltproc over present.xml). -->
  <xsl:template name="entry-atribut">
      <xsl:apply-templates select="@peran"/>
      <xsl:choose>
        <xsl:when test="@kolom-akhir">
          <xsl:attribute name="namest">c<xsl:value-of select="@kolom"/></xsl:attribute>
          <xsl:attribute name="nameend">c<xsl:value-of select="@kolom-akhir"/></xsl:attribute>
        </xsl:when>
        <xsl:when test="@kolom">
          <xsl:attribute name="colname">c<xsl:value-of select="@kolom"/></xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="@baris-lanjut">
        <xsl:attribute name="morerows"><xsl:value-of select="@baris-lanjut"/></xsl:attribute>
      </xsl:if>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Inline content                                                -->
  <!-- ============================================================ -->

  <xsl:template match="p:t"><phrase><lkj:atribut peran="role"><xsl:fallback><xsl:attribute name="role"><xsl:value-of select="@peran"/></xsl:attribute></xsl:fallback></lkj:atribut><xsl:apply-templates/></phrase></xsl:template>
  <xsl:template match="p:kategori"><phrase role="kategori-{@kode}"><xsl:value-of select="."/></phrase></xsl:template>
  <xsl:template match="p:b"><emphasis role="bold"><xsl:apply-templates/></emphasis></xsl:template>
  <xsl:template match="p:i"><emphasis><xsl:apply-templates/></emphasis></xsl:template>
  <xsl:template match="p:tautan"><link linkend="{@ref}"><xsl:apply-templates/></link></xsl:template>

</xsl:stylesheet>
