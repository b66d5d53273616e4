# Two runs write byte-identical workbooks (the creation time is the
# profile's report date, the zip entries' times fixed); SOURCE_DATE_EPOCH
# sets the time written in docProps/core.xml.
%setup build/check/lkjip template -q samples/kab-sukamaju -o $TMP/first >/dev/null
%args template -q samples/kab-sukamaju -o $TMP/second
%check for f in $TMP/second/*.xlsx; do cmp $f $TMP/first/$(basename $f) || exit 1; done
%check SOURCE_DATE_EPOCH=1700000000 build/check/lkjip template -q samples/kab-sukamaju -o $TMP/third >/dev/null; unzip -p $TMP/third/dlh.xlsx docProps/core.xml | grep -q '2023-11-14T22:13:20Z'
%check ! ls -A $TMP/second | grep -q tmp
