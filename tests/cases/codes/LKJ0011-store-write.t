# The temporary model file cannot be written (here: a file size limit, as
# on a full disk). Each model that does not fit is LKJ0011 on its file,
# nothing is linked or half-written, exit 3. (With LKJIP_MODEL_MEMORY=0
# every model goes to that file.)
%args explain LKJ0011 --lang en
%check (trap '' XFSZ; ulimit -f 1; LKJIP_MODEL_MEMORY=0 build/check/lkjip check --link --lang en samples | cat > $TMP/out.txt; exit ${PIPESTATUS[0]}); [ $? = 3 ] && grep -q 'fatal LKJ0011: the temporary model file failed: File too large' $TMP/out.txt && grep -q 'lkjip: 9 files checked, 1 error' $TMP/out.txt
%check (trap '' XFSZ; ulimit -f 1; LKJIP_MODEL_MEMORY=0 build/check/lkjip build --lang en --format ir samples -o $TMP/b | cat > $TMP/b.txt; exit ${PIPESTATUS[0]}); [ $? = 3 ] && grep -q 'LKJ0011' $TMP/b.txt && ! ls $TMP/b/kab-sukamaju/ir.xml 2>/dev/null
%stdout
LKJ0011 (fatal): Temporary model file failed

On a large workspace lkjip keeps the models it read beyond a memory budget (LKJIP_MODEL_MEMORY, 64 MB by default) in a temporary file without a name, and reads them back one part of the workspace at a time when linking. That file could not be written or read; no report was left half-written. Exit status 3.
