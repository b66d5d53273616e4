# A workspace is linked one part at a time (partition.c): units that share
# no id are linked, measured and rendered apart, and models beyond the
# memory budget wait on disk (store.c). The findings still come as linking
# the whole at once gives them, by stage and then by file: here three parts
# (a lone OPD before the sample tree, the tree, a lone OPD after it)
# interleave. With LKJIP_MODEL_MEMORY=0 every model goes to disk and back
# (packed and read back on two threads with -j 2, in turn with -j 1).
%setup cp -r samples $TMP/ws && sed 's/id="dlh"/id="lone-a"/; s/DLH-/LA-/g; s/induk="kab-sukamaju"/induk="kab-lain"/; s/mendukung="KAB-/mendukung="LAIN-/g' samples/kab-sukamaju/opd-dlh.xml > $TMP/ws/a-lone.xml
%setup sed 's/id="dlh"/id="lone-z"/; s/DLH-/ZL-/g; s/induk="kab-sukamaju"/induk="kab-lenyap"/; s/mendukung="KAB-/mendukung="LENYAP-/g; s/<program kode="2.11.03" mendukung="ZL-S1">/<program kode="2.11.03">/' samples/kab-sukamaju/opd-dlh.xml > $TMP/ws/z-lone.xml
%setup sed -i '0,/mendukung="PROV-S1"/s//mendukung="PROV-S9"/' $TMP/ws/kab-sukamaju/kab-sukamaju.xml
%args check --link --lang en --log $TMP/log $TMP/ws
%exit 1
%check grep -q 'check: 11 files in 3 parts, 0 models on disk, 1 errors, 3 warnings' $TMP/log
%check LKJIP_MODEL_MEMORY=0 build/check/lkjip check --link --lang en -j 2 --log $TMP/log0 $TMP/ws | diff - $OUT && grep -q 'in 3 parts, 10 models on disk' $TMP/log0
%check LKJIP_MODEL_MEMORY=0 build/check/lkjip check --link --lang en -j 1 --format xml $TMP/ws > $TMP/a.xml; build/check/lkjip check --link --lang en -j 2 --format xml $TMP/ws | cmp - $TMP/a.xml
%check cp -r $TMP/ws $TMP/ws2 && sed -i 's/tujuan id="ZL-T1"/tujuan id="LA-T1"/' $TMP/ws2/z-lone.xml && build/check/lkjip check --link --lang en --log $TMP/log2 $TMP/ws2 | grep -q "z-lone.xml:.*LKJ0402: the id 'LA-T1' is also used in .*a-lone.xml" && grep -q 'in 2 parts' $TMP/log2
%check LKJIP_MODEL_MEMORY=1G build/check/lkjip check --link --lang en $TMP/ws 2>&1 >/dev/null | grep -qx 'lkjip: LKJIP_MODEL_MEMORY: not a whole number of megabytes; 64 is used'
%stdout
$TMP/ws/a-lone.xml:3:3: warning LKJ0408: unit 'lone-a' names the parent 'kab-lain', which is not among the inputs
  hint: include kab-lain's file; until then, mendukung references to its sasaran are not checked
$TMP/ws/z-lone.xml:3:3: warning LKJ0408: unit 'lone-z' names the parent 'kab-lenyap', which is not among the inputs
  hint: include kab-lenyap's file; until then, mendukung references to its sasaran are not checked
$TMP/ws/kab-sukamaju/kab-sukamaju.xml:40:26: error LKJ0401: sasaran 'KAB-S1' supports 'PROV-S9', which prov-jateng does not have
  hint: check the sasaran ids in prov-jateng's document; ids compare exactly, case included
$TMP/ws/z-lone.xml:477:3: warning LKJ0406: program 2.11.03 supports no sasaran
  hint: add mendukung="…" with a sasaran id of this OPD
lkjip: 11 files checked, 1 error, 3 warnings
