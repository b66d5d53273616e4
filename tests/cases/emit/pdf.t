# The DocBook makes a PDF exactly as make pdf does
# (stylesheets/pdf/docbook-pdf.sh: Debian's DocBook XSL to FO, FOP with the
# DejaVu fonts, A4), and pdftoppm turns its pages into PNG without errors.
%release
%timeout 240
# The script is run as make pdf runs it: a relative path, from the folder
# the output is in (it once failed for every user from a relative path).
%args build samples/ -o $TMP/out --format docbook
%check ln -sfn "$PWD/stylesheets" $TMP/stylesheets && (cd $TMP && stylesheets/pdf/docbook-pdf.sh out/kab-sukamaju/dinkes/lkjip.xml > pdf.log) && test -s $TMP/out/kab-sukamaju/dinkes/lkjip.pdf && grep -qx out/kab-sukamaju/dinkes/lkjip.pdf $TMP/pdf.log || { cat $TMP/pdf.log; false; }
%check pdftoppm -png -r 40 -f 1 -l 4 $TMP/out/kab-sukamaju/dinkes/lkjip.pdf $TMP/page 2>$TMP/ppm.log && test ! -s $TMP/ppm.log && [ "$(ls $TMP/page-*.png | wc -l)" = 4 ] && mkdir -p build/test-artifacts && cp "$(ls $TMP/page-*.png | sed -n 3p)" build/test-artifacts/dinkes-docbook-page3.png
%check pdftotext $TMP/out/kab-sukamaju/dinkes/lkjip.pdf - | grep -q "104,70%"
# Adjacent figures stay apart, and the cover does not hyphenate the unit's name.
%check ! pdftotext $TMP/out/kab-sukamaju/dinkes/lkjip.pdf - | grep -q "90,53104,70"
%check pdftotext -f 1 -l 1 $TMP/out/kab-sukamaju/dinkes/lkjip.pdf - | tr '\n' ' ' | grep -q "Dinas Kesehatan Kabupaten Sukamaju" && ! pdftotext $TMP/out/kab-sukamaju/dinkes/lkjip.pdf - | grep -Eq '[A-Za-z]-$'
%check pdftotext $TMP/out/kab-sukamaju/dinkes/lkjip.pdf - | grep -q "negatif (2T" && pdftotext $TMP/out/kab-sukamaju/dinkes/lkjip.pdf - | grep -q "−R"
%check pdffonts $TMP/out/kab-sukamaju/dinkes/lkjip.pdf | grep -q DejaVuSans
%check pdfinfo $TMP/out/kab-sukamaju/dinkes/lkjip.pdf | grep -q "Page size: .*(A4)"
