# The DocBook of lkjip-docbook.xsl, charts inline in imagedata, makes an
# A4 PDF exactly as make pdf does (stylesheets/pdf/docbook-pdf.sh: DocBook
# XSL to FO, FOP), and both of the sample's charts are drawn: the pages
# rendered at 40 dpi hold pixels of the bar chart's two fills (#1f4e79,
# #a3adb8) and of the tree's box (#dce6f1); the table's figures are text.
%timeout 120
%args --version
%setup mkdir -p $TMP/pdf && xsltproc --nonet stylesheets/lkjip-docbook.xsl tests/data/present/sample.xml > $TMP/pdf/lkjip.xml
%check stylesheets/pdf/docbook-pdf.sh $TMP/pdf/lkjip.xml > $TMP/pdf.log && pdfinfo $TMP/pdf/lkjip.pdf | grep -q "Page size: .*(A4)"
%check pdftotext $TMP/pdf/lkjip.pdf - | grep -q "104,70%" && pdftotext $TMP/pdf/lkjip.pdf - | grep -q "Gambar 1. Target dan realisasi — Tahun 2025"
%check pdftoppm -r 40 $TMP/pdf/lkjip.pdf $TMP/pdf/page && /usr/bin/python3 -c 'import sys; px=b"".join(open(f,"rb").read().split(b"\n",3)[3] for f in sys.argv[1:]); c=lambda rgb: sum(1 for i in range(0,len(px),3) if px[i:i+3]==bytes(rgb)); n=[c((0x1f,0x4e,0x79)),c((0xa3,0xad,0xb8)),c((0xdc,0xe6,0xf1))]; print(n); sys.exit(0 if min(n)>100 else 1)' $TMP/pdf/page-*.ppm
