# A build goes part by part (partition.c; here three: a lone OPD before the
# sample tree, the tree, a lone OPD after it), and with LKJIP_MODEL_MEMORY=0
# every model waits on disk until its part is linked (store.c). The reports,
# the findings and the summary are the same whatever the budget and the
# number of threads; a second build finds every report unchanged, and one
# after an edit in a lone OPD equals a clean build.
%timeout 120
%setup cp -r samples $TMP/ws && sed 's/id="dlh"/id="lone-a"/; s/DLH-/LA-/g; s/induk="kab-sukamaju"/induk="kab-lain"/; s/mendukung="KAB-/mendukung="LAIN-/g' samples/kab-sukamaju/opd-dlh.xml > $TMP/ws/a-lone.xml
%setup sed 's/id="dlh"/id="lone-z"/; s/DLH-/ZL-/g; s/induk="kab-sukamaju"/induk="kab-lenyap"/; s/mendukung="KAB-/mendukung="LENYAP-/g; s/<program kode="2.11.03" mendukung="ZL-S1">/<program kode="2.11.03">/' samples/kab-sukamaju/opd-dlh.xml > $TMP/ws/z-lone.xml
%args build --lang en --format ir,html -j 2 $TMP/ws -o $TMP/a
%check LKJIP_MODEL_MEMORY=0 build/check/lkjip build --lang en --format ir,html -j 1 --log $TMP/log $TMP/ws -o $TMP/b | sed "s#$TMP/b#$TMP/a#" | diff - $OUT && grep -q 'in 3 parts, 10 models on disk' $TMP/log
%check diff -r -x .lkjip-cache -x .lkjip.lock $TMP/a $TMP/b
%check build/check/lkjip build --lang en --format ir,html $TMP/ws -o $TMP/a | grep -q '(11 from the cache), 10 units, 20 reports written to .* (20 unchanged)'
%check sed -i '0,/nilai="6[0-9]\.[0-9]*"/s//nilai="61.5"/' $TMP/ws/z-lone.xml && build/check/lkjip build --lang en --format ir,html $TMP/ws -o $TMP/a | grep -q '(10 from the cache), 10 units, 20 reports written to .* (18 unchanged)' && build/check/lkjip build --lang en --format ir,html --no-cache $TMP/ws -o $TMP/c > /dev/null && diff -r -x .lkjip-cache -x .lkjip.lock $TMP/a $TMP/c
%stdout
$TMP/ws/a-lone.xml:3:3: warning LKJ0408: unit 'lone-a' names the parent 'kab-lain', which is not among the inputs
  hint: include kab-lain's file; until then, mendukung references to its sasaran are not checked
$TMP/ws/z-lone.xml:3:3: warning LKJ0408: unit 'lone-z' names the parent 'kab-lenyap', which is not among the inputs
  hint: include kab-lenyap's file; until then, mendukung references to its sasaran are not checked
$TMP/ws/z-lone.xml:477:3: warning LKJ0406: program 2.11.03 supports no sasaran
  hint: add mendukung="…" with a sasaran id of this OPD
lkjip: 11 files read (0 from the cache), 10 units, 20 reports written to $TMP/a (0 unchanged), 0 errors, 3 warnings
