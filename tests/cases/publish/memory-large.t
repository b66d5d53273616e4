# Issue 11 (item 6) and issue 13: a 4 MB submission renders within 256 MB.
# bench/large-unit.sh puts 10,000 indicators into DLH's submission (3.7 MB),
# all in its first sasaran: Bab III then has a capaian table of 10,000 rows,
# a target and realisasi chart of 10,000 rows and 20,000 trend and progress
# charts, the pohon kinerja a box listing every indicator, and the HTML and
# the DocBook are over 100 MB each. Made whole, the build peaked at 4.7 GB;
# the report is presented and serialised part by part (src/stream.c,
# docs/present.md "Part by part"), and the build's peak resident memory
# (/usr/bin/time's %M) stays under 256 MB, the release binary run as an
# operator runs it. The reports are complete: the last indicator in both,
# each file closed.
%release
%timeout 300
%setup bench/large-unit.sh 10000 1 $TMP/ws && ls -l $TMP/ws/kab-sukamaju/opd-dlh.xml
%args explain LKJ0901
%check /usr/bin/time -o $TMP/time -f %M build/lkjip build $TMP/ws -o $TMP/out --format html,docbook --no-cache --state $TMP/state --quiet && kb=$(tail -1 $TMP/time) && echo "peak $kb KB" && [ "$kb" -lt 262144 ]
%check grep -q 'Indikator uji 10000<' $TMP/out/kab-sukamaju/dlh/lkjip.html && grep -q 'Indikator uji 10000<' $TMP/out/kab-sukamaju/dlh/lkjip.xml
%check tail -c 200 $TMP/out/kab-sukamaju/dlh/lkjip.html | grep -q '</html>' && tail -c 200 $TMP/out/kab-sukamaju/dlh/lkjip.xml | grep -q '</book>'
%check n=$(grep -o '<figure' $TMP/out/kab-sukamaju/dlh/lkjip.html | wc -l) && echo "$n figures" && [ "$n" -gt 20000 ]
