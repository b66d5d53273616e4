# A rejected file does not stop the others: reports are written for the
# rest, the OPD report names the missing pemda, and the exit status is 1.
%setup cp -r tests/data/link/base $TMP/ws && printf 'not xml' > $TMP/ws/kab.xml
%args build $TMP/ws -o $TMP/out --lang en --format ir
%exit 1
%check test -f $TMP/out/dinas-a/ir.xml -a -f $TMP/out/dinas-b/ir.xml
%check grep -q '<masukan-hilang unit="kab-contoh"/>' $TMP/out/dinas-a/ir.xml
%grep error LKJ0101
%grep error LKJ0411
