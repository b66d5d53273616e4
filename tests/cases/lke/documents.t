# evaluasi --format html,docbook -o DIR: per unit DIR/UNIT/evaluasi.html and
# evaluasi.xml (no rekap for a single unit). The DocBook is valid DocBook 5.0
# and reads the same as the HTML (tests/parity.sh); every row of the summary
# (components, total, predikat, where the points were lost, the
# recommendations as entered) and of the worksheet (every criterion with
# both answers, their values, note and evidence; each sub-component's and
# component's score) is checked cell by cell against
# tests/data/lke/expect/dinkes-evaluasi.txt (tests/data/lke/rows.xsl).
%timeout 60
%args evaluasi samples/lke/dinkes.lke.xml --format html,docbook -o $TMP/o
%check test "$(cd $TMP/o && find . -type f | LC_ALL=C sort | tr '\n' ' ')" = "./dinkes/evaluasi.html ./dinkes/evaluasi.xml "
%check tests/parity.sh $TMP/o/dinkes/evaluasi.html $TMP/o/dinkes/evaluasi.xml
%check jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng $TMP/o/dinkes/evaluasi.xml
%check xsltproc --nonet tests/data/lke/rows.xsl $TMP/o/dinkes/evaluasi.xml | diff -u tests/data/lke/expect/dinkes-evaluasi.txt -
%check grep -q '<td class="angka">69,71</td>' $TMP/o/dinkes/evaluasi.html && grep -q '<title>Evaluasi Akuntabilitas Kinerja — Dinas Kesehatan Kabupaten Sukamaju Tahun 2025</title>' $TMP/o/dinkes/evaluasi.html
# Its tables are drawn as the LKjIP's (class data: borders, shaded head), each with its own class too.
%check grep -q '<table class="data lke-komponen" id="tabel-komponen">' $TMP/o/dinkes/evaluasi.html && grep -q '<table class="data lke-kertas-kerja">' $TMP/o/dinkes/evaluasi.html && ! grep -q '<table class="lke-' $TMP/o/dinkes/evaluasi.html
