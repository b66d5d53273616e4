# check and build take workbooks directly (docs/workbook.md "check and
# build"): a folder walked picks up *.xlsx beside *.xml; a workbook made by
# lkjip template from the samples, in place of opd-dinkes.xml, is imported
# with its embedded plan and checked and linked like the XML it replaces.
# Office's lock file (~$NAME.xlsx, left while Excel has a workbook open)
# is no input.
%setup build/check/lkjip template samples -o $TMP/wb --quiet && cp -r samples $TMP/ws && rm $TMP/ws/kab-sukamaju/opd-dinkes.xml && cp $TMP/wb/dinkes.xlsx $TMP/ws/kab-sukamaju/opd-dinkes.xlsx && printf x > "$TMP/ws/kab-sukamaju/~\$opd-dinkes.xlsx" && ls $TMP/ws/kab-sukamaju | grep -q '^~'
%args check $TMP/ws
%check build/check/lkjip check --no-link $TMP/ws/kab-sukamaju/opd-dinkes.xlsx | grep -qx 'lkjip: 1 berkas diperiksa, 0 kesalahan, 0 peringatan'
%stdout
lkjip: 9 berkas diperiksa, 0 kesalahan, 0 peringatan
