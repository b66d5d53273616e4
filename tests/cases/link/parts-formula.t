# A composite's formula joins parts: a lone OPD (its parent missing, its
# sasaran supporting nothing here) whose IKLH is computed from the sample
# DLH's indices is linked with the sample tree, in one part, so its formula
# resolves (no LKJ0409) and its value is the DLH's own, also when every
# model waits on disk (LKJIP_MODEL_MEMORY=0).
%setup cp -r samples $TMP/ws && sed 's/id="dlh"/id="lone-m"/; s/DLH-/ML-/g; s/induk="kab-sukamaju"/induk="kab-entah"/; s/mendukung="KAB-/mendukung="ENTAH-/g; s#<rumus>.*</rumus>#<rumus>0.376 * DLH-IKA + 0.405 * DLH-IKUD + 0.219 * DLH-IKTL</rumus>#' samples/kab-sukamaju/opd-dlh.xml > $TMP/ws/m-lone.xml
%args check --link --lang en --log $TMP/log $TMP/ws
%check grep -q 'check: 10 files in 1 part, 0 models on disk, 0 errors, 1 warnings' $TMP/log
%check LKJIP_MODEL_MEMORY=0 build/check/lkjip build --format ir $TMP/ws -o $TMP/out > /dev/null && grep -o 'id="ML-IKLH"[^>]*' $TMP/out/lone-m/ir.xml > /dev/null && v() { tr '\n' ' ' < $1 | grep -o "<indikator id=\"$2\".*" | grep -o '<realisasi [^>]*' | head -1 | grep -o 'nilai="[^"]*"'; } && [ -n "$(v $TMP/out/kab-sukamaju/dlh/ir.xml DLH-IKLH)" ] && [ "$(v $TMP/out/lone-m/ir.xml ML-IKLH)" = "$(v $TMP/out/kab-sukamaju/dlh/ir.xml DLH-IKLH)" ]
%stdout
$TMP/ws/m-lone.xml:3:3: warning LKJ0408: unit 'lone-m' names the parent 'kab-entah', which is not among the inputs
  hint: include kab-entah's file; until then, mendukung references to its sasaran are not checked
lkjip: 10 files checked, 0 errors, 1 warning
