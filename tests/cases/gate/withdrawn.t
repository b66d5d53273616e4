# Issue 12: Bappeda withdraws a unit by removing its file from the
# workspace: the next build drops its reports and its accepted version.
%timeout 60
%setup cp -r samples $TMP/ws && build/check/lkjip build $TMP/ws -o $TMP/out --format ir -q && grep -q '	dpupr	' $TMP/.out.lkjip/accepted/index
%setup rm $TMP/ws/kab-sukamaju/opd-dpupr.xml
%args build $TMP/ws -o $TMP/out --format ir
%check [ ! -e $TMP/out/kab-sukamaju/dpupr ] && ! grep -q '	dpupr	' $TMP/.out.lkjip/accepted/index
%check [ $(ls $TMP/.out.lkjip/accepted | grep -c '\.xml') = 7 ]
