<?xml version="1.0" encoding="UTF-8"?>
<!--
  lkjip-html.xsl: a presented document (urn:lkjip:present:1,
  docs/present.md) as ONE self-contained HTML5 file: inline CSS, inline SVG,
  no script, no font, no external request. Serves both documents: the LKjIP
  (p:dokumen jenis="lkjip"), the Perjanjian Kinerja (jenis="pk") and the
  evaluation's documents (jenis="evaluasi", read as a report).

  A thin serialiser: every element maps to markup, text is copied (escaped,
  never disable-output-escaping), charts are copied. It computes nothing,
  looks up no label and decides nothing about what is shown: the present
  stage did all of that.

    p:bagian        section (class = peran, id), its p:judul h2 .. h6 by depth
    p:p             p               p:daftar    ul / ol, p:butir li
    p:tabel         table, caption, thead / tbody / tfoot, th / td with
                    rowspan / colspan as given
    p:gambar        figure: figcaption, the svg, p.keterangan-grafik
    p:kotak         div (class = peran)
    p:ttd           div.ttd, one p.ttd-ROLE per line
    p:sampul        div.sampul, one div.sampul-ROLE per line (h1 for unit)
    p:daftar-isi    nav.daftar-isi: h2, ol of li.tingkat-N > a
    p:t             span (class = peran)       p:b, p:i   b, i
    p:kategori      span.kategori with its colour swatch
    p:tautan        a href="#ref"
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:lkjip:present:1"
                xmlns:lkj="urn:lkjip:emit:1"
                extension-element-prefixes="lkj"
                exclude-result-prefixes="p">

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

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
  <!-- The document                                                  -->
  <!-- ============================================================ -->

  <xsl:template match="/p:dokumen">
    <html lang="{@bahasa}">
      <head>
        <title><xsl:value-of select="normalize-space(p:judul)"/></title>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="lkjip {@lkjip}"/>
        <style>
          <xsl:apply-templates select="." mode="css"/>
          <xsl:call-template name="present.css"/>
        </style>
      </head>
      <xsl:apply-templates select="." mode="body"/>
    </html>
  </xsl:template>

  <!-- Every document but the PK (the LKjIP, an evaluation) reads as a report. -->
  <xsl:template match="p:dokumen" mode="css">
    <xsl:call-template name="html.css"/>
    <xsl:call-template name="pk.css"/>
  </xsl:template>

  <xsl:template match="p:dokumen[@jenis = 'pk']" mode="css">
    <xsl:call-template name="pk-page.css"/>
    <xsl:call-template name="pk.css"/>
  </xsl:template>

  <xsl:template match="p:dokumen" mode="body">
    <body>
      <div class="dokumen">
        <xsl:apply-templates select="p:sampul | p:daftar-isi | p:bagian | processing-instruction('lkjip')"/>
      </div>
    </body>
  </xsl:template>

  <xsl:template match="p:dokumen[@jenis = 'pk']" mode="body">
    <body class="pk-page">
      <div class="pk">
        <xsl:apply-templates select="p:sampul | p:daftar-isi | p:bagian | processing-instruction('lkjip')"/>
      </div>
    </body>
  </xsl:template>

  <!-- Where a part of a report given part by part begins or ends. -->
  <xsl:template match="processing-instruction('lkjip')"><xsl:copy/></xsl:template>

  <!-- peran is the class, id the anchor, on every element that has them. -->
  <xsl:template match="@peran"><xsl:attribute name="class"><xsl:value-of select="."/></xsl:attribute></xsl:template>
  <xsl:template match="@id"><xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute></xsl:template>

  <!-- ============================================================ -->
  <!-- Cover and table of contents                                   -->
  <!-- ============================================================ -->

  <xsl:template match="p:sampul">
    <div class="sampul"><xsl:apply-templates select="p:baris"/></div>
  </xsl:template>

  <xsl:template match="p:sampul/p:baris">
    <div class="sampul-{@peran}"><xsl:value-of select="."/></div>
  </xsl:template>

  <xsl:template match="p:sampul/p:baris[@peran = 'unit']">
    <h1 class="sampul-unit"><xsl:value-of select="."/></h1>
  </xsl:template>

  <xsl:template match="p:daftar-isi">
    <nav class="daftar-isi">
      <h2 class="tanpa-putus"><xsl:apply-templates select="p:judul/node()"/></h2>
      <ol><xsl:apply-templates select="p:entri"/></ol>
    </nav>
  </xsl:template>

  <xsl:template match="p:entri">
    <li class="tingkat-{@tingkat}"><a href="#{@ref}"><xsl:value-of select="."/></a></li>
  </xsl:template>

  <!-- ============================================================ -->
  <!-- Chapters and sections: h2 for a chapter, one level per depth  -->
  <!-- ============================================================ -->

  <xsl:template match="p:bagian">
    <section>
      <lkj:atribut peran="class" id="id"><xsl:fallback><xsl:apply-templates select="@peran | @id"/></xsl:fallback></lkj:atribut>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="p:dokumen/p:bagian/p:judul" priority="5"><h2><xsl:apply-templates/></h2></xsl:template>
  <xsl:template match="p:dokumen/p:bagian/p:bagian/p:judul" priority="4"><h3><xsl:apply-templates/></h3></xsl:template>
  <xsl:template match="p:dokumen/p:bagian/p:bagian/p:bagian/p:judul" priority="3"><h4><xsl:apply-templates/></h4></xsl:template>
  <xsl:template match="p:dokumen/p:bagian/p:bagian/p:bagian/p:bagian/p:judul" priority="2"><h5><xsl:apply-templates/></h5></xsl:template>
  <xsl:template match="p:bagian/p:judul" priority="1"><h6><xsl:apply-templates/></h6></xsl:template>

  <!-- ============================================================ -->
  <!-- Blocks                                                        -->
  <!-- ============================================================ -->

  <xsl:template match="p:p">
    <p><lkj:atribut peran="class" id="id"><xsl:fallback><xsl:apply-templates select="@peran | @id"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="p:daftar[@jenis = 'ul']">
    <ul><lkj:atribut peran="class" id="id"><xsl:fallback><xsl:apply-templates select="@peran | @id"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></ul>
  </xsl:template>

  <xsl:template match="p:daftar[@jenis = 'ol']">
    <ol><lkj:atribut peran="class" id="id"><xsl:fallback><xsl:apply-templates select="@peran | @id"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></ol>
  </xsl:template>

  <xsl:template match="p:butir">
    <li><xsl:apply-templates/></li>
  </xsl:template>

  <xsl:template match="p:kotak">
    <div><lkj:atribut peran="class" id="id"><xsl:fallback><xsl:apply-templates select="@peran | @id"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="p:ttd">
    <div class="ttd">
      <xsl:if test="@peran"><xsl:attribute name="class">ttd <xsl:value-of select="@peran"/></xsl:attribute></xsl:if>
      <xsl:apply-templates select="@id"/>
      <xsl:apply-templates select="p:baris"/>
    </div>
  </xsl:template>

  <xsl:template match="p:ttd/p:baris">
    <p class="ttd-{@peran}"><xsl:value-of select="."/></p>
  </xsl:template>

  <xsl:template match="p:gambar">
    <figure>
      <lkj:atribut peran="class" id="id"><xsl:fallback><xsl:apply-templates select="@peran | @id"/></xsl:fallback></lkj:atribut>
      <xsl:apply-templates select="p:judul"/>
      <xsl:copy-of select="*[namespace-uri() = 'http://www.w3.org/2000/svg'] | processing-instruction('lkjip')"/>
      <xsl:apply-templates select="p:keterangan"/>
    </figure>
  </xsl:template>

  <xsl:template match="p:gambar/p:judul"><figcaption><xsl:apply-templates/></figcaption></xsl:template>
  <xsl:template match="p:keterangan"><p class="keterangan-grafik"><xsl:apply-templates/></p></xsl:template>

  <!-- ============================================================ -->
  <!-- Tables                                                        -->
  <!-- ============================================================ -->

  <xsl:template match="p:tabel">
    <table>
      <lkj:atribut peran="class" id="id"><xsl:fallback><xsl:apply-templates select="@peran | @id"/></xsl:fallback></lkj:atribut>
      <xsl:apply-templates select="p:judul | p:kepala | p:isi | p:kaki"/>
    </table>
  </xsl:template>

  <xsl:template match="p:tabel/p:judul"><caption><xsl:apply-templates/></caption></xsl:template>
  <xsl:template match="p:kepala"><thead><xsl:apply-templates/></thead></xsl:template>
  <xsl:template match="p:isi"><tbody><xsl:apply-templates/></tbody></xsl:template>
  <xsl:template match="p:kaki"><tfoot><xsl:apply-templates/></tfoot></xsl:template>

  <xsl:template match="p:tabel//p:baris">
    <tr><lkj:atribut peran="class"><xsl:fallback><xsl:apply-templates select="@peran"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></tr>
  </xsl:template>

  <xsl:template match="p:sel">
    <td><lkj:atribut peran="class" rentang-baris="rowspan" rentang-kolom="colspan" id="id"><xsl:fallback><xsl:apply-templates select="@*"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></td>
  </xsl:template>

  <xsl:template match="p:kepala/p:baris/p:sel | p:sel[@kepala = 'ya']">
    <th><lkj:atribut peran="class" rentang-baris="rowspan" rentang-kolom="colspan" id="id"><xsl:fallback><xsl:apply-templates select="@*"/></xsl:fallback></lkj:atribut><xsl:apply-templates/></th>
  </xsl:template>

  <xsl:template match="p:sel/@rentang-baris"><xsl:attribute name="rowspan"><xsl:value-of select="."/></xsl:attribute></xsl:template>
  <xsl:template match="p:sel/@rentang-kolom"><xsl:attribute name="colspan"><xsl:value-of select="."/></xsl:attribute></xsl:template>
  <!-- kepala made the cell a th; the column numbers are for DocBook -->
  <xsl:template match="p:sel/@kepala | p:sel/@kolom | p:sel/@kolom-akhir | p:sel/@baris-lanjut"/>

  <!-- ============================================================ -->
  <!-- Inline content                                                -->
  <!-- ============================================================ -->

  <xsl:template match="p:t">
    <span><lkj:atribut peran="class"><xsl:fallback><xsl:attribute name="class"><xsl:value-of select="@peran"/></xsl:attribute></xsl:fallback></lkj:atribut><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="p:kategori">
    <span class="kategori"><span class="warna" style="background-color:{@warna}"></span><xsl:value-of select="."/></span>
  </xsl:template>

  <xsl:template match="p:b"><b><xsl:apply-templates/></b></xsl:template>
  <xsl:template match="p:i"><i><xsl:apply-templates/></i></xsl:template>
  <xsl:template match="p:tautan"><a href="#{@ref}"><xsl:apply-templates/></a></xsl:template>

  <!-- ============================================================ -->
  <!-- CSS: html.css and pk.css as lkjip-html.xsl and pk-html.xsl    -->
  <!-- have them, then the rules for this document's own structures  -->
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
/* the evaluation worksheet with the data's suggestions (docs/lke.md §6) */
tr.berbeda td.saran { background: #fdf3e7; color: #b35900; font-weight: bold; }
tr.saran-dasar td, tr.saran-butir td { font-size: 8.5pt; color: #57606a; }
td.saran-butir { padding-left: 1.6em; overflow-wrap: anywhere; }
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
.komponen { color: #57606a; font-style: italic; }
.kelas-efisiensi { display: block; font-size: 8pt; font-weight: bold; }
.kelas-efisien { color: #1a7f37; }
.kelas-cukup-efisien { color: #8a5a00; }
.kelas-tidak-efisien { color: #cf222e; }
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

  <!-- The standalone PK page, as pk-html.xsl has it. -->
  <xsl:template name="pk-page.css">
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
  </xsl:template>

  <xsl:template name="present.css">
    <xsl:text>
/* the presented document's own structures (docs/present.md) */
figure { margin: .6em 0 1em; }
figure figcaption { font-weight: bold; font-size: 9.5pt; color: #1f3b5c; margin: 0 0 .2em; }
.daftar-isi ol { padding-left: 0; }
.daftar-isi li.tingkat-2 { padding-left: 1.2em; }
.daftar-isi li.tingkat-3 { padding-left: 2.4em; font-size: 9.5pt; }
.sampul h1.sampul-unit { display: block; font-size: 22pt; margin: 2.2em 0 0; }
.sampul .sampul-periode { margin-bottom: .6em; }
.sampul .sampul-periode::after { content: ""; display: block; width: 40%; margin: 1.6em auto; border-top: 3px double #1f3b5c; }
.sampul .sampul-alamat, .sampul .sampul-tanggal { color: #3d4651; font-size: 11pt; }
.sampul .sampul-tanggal { margin-top: .4em; }
.sampul .sampul-kaki { margin-top: 4em; font-size: 8.5pt; color: #8c959f; }
.ttd { width: 50%; margin: 2.4em 0 0 50%; text-align: center; break-inside: avoid; page-break-inside: avoid; }
.ttd p, .pk .ttd p { margin: 0; text-align: center; }
.ttd .ttd-jabatan, .ttd .ttd-pihak { font-weight: bold; }
.ttd .ttd-ruang { height: 5em; }
.ttd .ttd-nama { font-weight: bold; text-decoration: underline; }
.ttd .ttd-pangkat, .ttd .ttd-nip { display: block; font-size: 8.5pt; color: #57606a; }
.ttd-dua { display: flex; gap: 1em; margin-top: 1.2em; break-inside: avoid; page-break-inside: avoid; }
.ttd-dua .ttd { flex: 1 1 0; width: auto; margin: 0; }
.pk .ttd .ttd-jabatan { font-weight: normal; min-height: 2.9em; }
.pk .ttd .ttd-ruang { height: 4.6em; }
.pk .ttd .ttd-pangkat, .pk .ttd .ttd-nip { font-size: 10.5pt; color: inherit; }
.pk h2, .pk h3, .pk h4 { text-align: center; font-size: 12pt; color: inherit; border: none; background: none; padding: 0; margin: 0 0 1.3em; }
.pk .pk-judul, .pk .pk-unit, .pk .pk-nomor { display: block; }
.pk .pk-nomor { font-weight: normal; }
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
