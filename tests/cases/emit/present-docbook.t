# stylesheets/lkjip-docbook.xsl on the sample presented document: a
# DocBook 5.0 book that jing accepts against the 5.0 RELAX NG schema
# (docbook5-xml), for the LKjIP and for the PK; the cover in info; preface,
# chapters, appendix and two levels of sections; CALS tables with colspec,
# morerows and namest/nameend; every chart's SVG inline in its imagedata
# (format "svg"), no file referred to; links to anchors that exist.
%args --version
%setup xsltproc --nonet stylesheets/lkjip-docbook.xsl tests/data/present/sample.xml > $TMP/s.xml
%setup sed 's/jenis="lkjip"/jenis="pk"/; s/bahasa="id"/bahasa="en"/' tests/data/present/sample.xml | xsltproc --nonet stylesheets/lkjip-docbook.xsl - > $TMP/pk.xml
%check jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng $TMP/s.xml && jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng $TMP/pk.xml
%check x() { xmllint --xpath "$1" $TMP/s.xml; }; [ "$(x 'namespace-uri(/*)')" = http://docbook.org/ns/docbook ] && [ "$(x 'string(/*/@version)')" = 5.0 ] && [ "$(x 'string(/*/@xml:lang)')" = id ] && grep -q 'xml:lang="en"' $TMP/pk.xml
%check ! grep -Eq 'urn:lkjip:present|xmlns:p=|fileref=' $TMP/s.xml
# The cover: title, subtitle, organisation, date, release.
%check x() { xmllint --xpath "$1" $TMP/s.xml; }; [ "$(x 'string(/*/*[local-name()="info"]/*[local-name()="title"])')" = 'LKjIP Dinas Kesehatan Kabupaten Sukamaju Tahun 2025' ] && [ "$(x 'string(//*[local-name()="org"]/*[local-name()="orgname"])')" = 'Dinas Kesehatan Kabupaten Sukamaju' ] && [ "$(x 'string(//*[local-name()="info"]/*[local-name()="date"])')" = 'Sukamaju, 27 Februari 2026' ] && grep -q '<subtitle>Laporan Kinerja Instansi Pemerintah</subtitle>' $TMP/s.xml && grep -q '<releaseinfo>Disusun dengan lkjip 0.1.0</releaseinfo>' $TMP/s.xml
# Structure: preface, two chapters, an appendix; sections two deep.
%check x() { xmllint --xpath "$1" $TMP/s.xml; }; [ "$(x 'count(/*/*[local-name()="preface"])')" = 1 ] && [ "$(x 'count(/*/*[local-name()="chapter"])')" = 3 ] && [ "$(x 'count(/*/*[local-name()="appendix"])')" = 1 ] && [ "$(x 'string(//*[@xml:id="bab-3"]/*[local-name()="section"][@xml:id="bab-3-a"]/*[local-name()="section"][@xml:id="sasaran-1"]/*[local-name()="title"])')" = 'Sasaran 1 Menurunnya angka kematian ibu dan bayi' ]
%check grep -q '<title><phrase role="label-sasaran">Sasaran 1</phrase> Menurunnya angka kematian ibu dan bayi</title>' $TMP/s.xml && grep -q '<para role="narasi" xml:id="pembuka">Dinas Kesehatan Kabupaten Sukamaju menyampaikan' $TMP/s.xml
%check grep -q '<itemizedlist role="narasi" xml:id="isu-strategis"><listitem><para>Angka kematian ibu' $TMP/s.xml && grep -q '<orderedlist><listitem><para>Prevalensi stunting</para></listitem>' $TMP/s.xml
%check grep -q '<link linkend="ringkas">Ikhtisar Eksekutif</link>' $TMP/s.xml && grep -q '<anchor xml:id="ringkas"/>' $TMP/s.xml && grep -q '<emphasis role="bold">urusan kesehatan</emphasis> dan <emphasis>pembinaan</emphasis>' $TMP/s.xml
# The table: CALS, a colspec per p:kolom, spans as morerows and namest/nameend.
%check grep -q '<table frame="all" rowsep="1" colsep="1" role="data capaian" xml:id="tabel-capaian-1"><title>Capaian indikator Sasaran 1, Tahun 2025</title><tgroup cols="6"><colspec colname="c1" colwidth="0.5\*" align="center"/><colspec colname="c2" colwidth="3\*" align="left"/><colspec colname="c3" colwidth="1.4\*" align="right"/>' $TMP/s.xml
%check grep -q '<thead><row><entry role="no" morerows="1">No</entry><entry morerows="1">Indikator</entry><entry namest="c3" nameend="c5">Tahun 2025</entry><entry morerows="1">Kategori</entry></row>' $TMP/s.xml
%check grep -q '<tfoot><row role="total"><entry namest="c1" nameend="c4">Capaian sasaran</entry><entry role="angka">100,06%</entry><entry><phrase role="kategori-ST">Sangat Tinggi</phrase></entry></row></tfoot><tbody><row role="awal-kelompok"><entry role="no" morerows="1">1</entry>' $TMP/s.xml
%check grep -q '<entry role="angka"><phrase role="persen">104,70%</phrase> <phrase role="aturan">negatif (2T−R)/T×100</phrase></entry><entry><phrase role="kategori-ST">Sangat Tinggi</phrase> <phrase role="sub">tercapai</phrase></entry>' $TMP/s.xml
%check grep -q '<informaltable frame="all" rowsep="1" colsep="1" role="pk-tabel"><tgroup cols="3"><colspec colname="c1" align="center"/><colspec colname="c2"/>' $TMP/s.xml
# Charts: the SVG itself inside imagedata, in a figure with its title and
# caption, or an informalfigure.
%check x() { xmllint --xpath "$1" $TMP/s.xml; }; [ "$(x 'count(//*[local-name()="imagedata"][@format="svg"]/*[local-name()="svg" and namespace-uri()="http://www.w3.org/2000/svg"])')" = 2 ] && [ "$(x 'count(//*[local-name()="imagedata"])')" = 2 ] && [ "$(x 'string(//*[local-name()="figure"][@xml:id="grafik-sasaran-1"]/*[local-name()="title"])')" = 'Target dan realisasi — Tahun 2025' ] && [ "$(x 'count(//*[local-name()="informalfigure"][@xml:id="pohon"]//*[local-name()="imagedata"]/*[local-name()="svg"])')" = 1 ]
%check grep -q '<text x="285" y="39">90,53</text>' $TMP/s.xml && grep -q '</imageobject><caption><para>Angka di ujung batang adalah nilai sebenarnya.</para></caption></mediaobject></figure>' $TMP/s.xml
# Signature lines as paras with their roles.
%check grep -q '<anchor xml:id="ttd-laporan"/><para role="ttd-tempat">Sukamaju, 27 Februari 2026</para><para role="ttd-jabatan">Kepala Dinas Kesehatan Kabupaten Sukamaju</para><para role="ttd-ruang"/><para role="ttd-nama">dr. Siti Aminah, M.Kes.</para>' $TMP/s.xml
