# tests/parity.sh: the HTML and the DocBook made from the same presented
# document read the same, heading by heading, cell by cell, paragraph by
# paragraph (the cover, the contents and the charts' text left out); a
# number changed on one side is a difference, shown, with status 1; a
# folder is searched for NAME.html beside a DocBook NAME.xml.
%args --version
%setup mkdir -p $TMP/d/unit && xsltproc --nonet stylesheets/lkjip-html.xsl tests/data/present/sample.xml > $TMP/d/unit/lkjip.html && xsltproc --nonet stylesheets/lkjip-docbook.xsl tests/data/present/sample.xml > $TMP/d/unit/lkjip.xml
%check tests/parity.sh $TMP/d/unit/lkjip.html $TMP/d/unit/lkjip.xml > $TMP/same && grep -q '^same  .*lkjip.html .*lkjip.xml (70 lines)$' $TMP/same
%check tests/parity.sh $TMP/d > $TMP/dir && [ "$(wc -l < $TMP/dir)" = 1 ] && grep -q '^same ' $TMP/dir
%check tests/parity.sh -v $TMP/d/unit/lkjip.html $TMP/d/unit/lkjip.xml > $TMP/lines && grep -qx 'judul	Sasaran 1 Menurunnya angka kematian ibu dan bayi' $TMP/lines && grep -qx 'sel	90,53' $TMP/lines && grep -qx 'sel	Sangat Tinggi tercapai' $TMP/lines && grep -qx 'sel	Tahun 2025' $TMP/lines && grep -qx 'p	Angka di ujung batang adalah nilai sebenarnya.' $TMP/lines && grep -qx 'p	Prevalensi stunting' $TMP/lines && grep -qx 'judul	Target dan realisasi — Tahun 2025' $TMP/lines
# Left out: the cover, the contents, the SVG's own text.
%check tests/parity.sh -v $TMP/d/unit/lkjip.html $TMP/d/unit/lkjip.xml > $TMP/lines && ! grep -q 'Laporan Kinerja Instansi Pemerintah\|Daftar Isi\|Teks pohon\|AKI$' $TMP/lines
%check sed 's/>90,53</>90,35</' $TMP/d/unit/lkjip.xml > $TMP/beda.xml; tests/parity.sh $TMP/d/unit/lkjip.html $TMP/beda.xml > $TMP/diff; [ $? = 1 ] && grep -qx -- '-sel	90,53' $TMP/diff && grep -qx -- '+sel	90,35' $TMP/diff
%check tests/parity.sh $TMP/d/unit/lkjip.html /nonexistent.xml 2>/dev/null; [ $? = 2 ]
