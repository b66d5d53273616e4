# Issue 12: `lkjip check DIR` links what it finds (a copied OPD file's
# duplicate ids are errors without --link); --no-link checks each file on
# its own, as an OPD would before sending; files named one by one are
# linked only with --link.
%setup cp -r samples $TMP/ws && cp samples/kab-sukamaju/opd-dlh.xml $TMP/ws/kab-sukamaju/opd-dlh-salinan.xml
%args check $TMP/ws
%exit 1
%grep kesalahan LKJ0402
%check build/check/lkjip check --no-link $TMP/ws > $TMP/nolink.txt; [ $? = 0 ] && ! grep -q LKJ0402 $TMP/nolink.txt
%check build/check/lkjip check $TMP/ws/kab-sukamaju/opd-dlh.xml $TMP/ws/kab-sukamaju/opd-dlh-salinan.xml > $TMP/files.txt; [ $? = 0 ]
%check build/check/lkjip check --link $TMP/ws/kab-sukamaju/opd-dlh.xml $TMP/ws/kab-sukamaju/opd-dlh-salinan.xml > $TMP/files.txt; [ $? = 1 ] && grep -q LKJ0402 $TMP/files.txt
%check build/check/lkjip check --link --no-link $TMP/ws 2> $TMP/usage.txt; [ $? = 2 ]
