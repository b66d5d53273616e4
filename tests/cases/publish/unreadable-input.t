# Issue 11: an input that cannot be read (here a named pipe where an OPD
# file was, LKJ0007) stops the publish: the pemda LKjIP is not republished
# without that OPD. The build exits 3 and the output folder is byte for byte
# the previous build; the staging tree is gone.
%setup cp -r samples $TMP/ws && build/lkjip build $TMP/ws -o $TMP/out --format ir,html > /dev/null && cp -a $TMP/out $TMP/before
%setup rm $TMP/ws/kab-sukamaju/opd-dlh.xml && mkfifo $TMP/ws/kab-sukamaju/opd-dlh.xml
%args build $TMP/ws -o $TMP/out --format ir,html --lang en
%exit 3
%grep LKJ0007
%check diff -r $TMP/before $TMP/out
%check [ ! -e $TMP/.out.lkjip-new ]
%check rm $TMP/ws/kab-sukamaju/opd-dlh.xml && ln -s $TMP/nowhere.xml $TMP/ws/kab-sukamaju/opd-dlh.xml && ! build/check/lkjip build $TMP/ws -o $TMP/out --format ir,html > $TMP/d.txt; grep -q 'LKJ0001' $TMP/d.txt && diff -r $TMP/before $TMP/out
