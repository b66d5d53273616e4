# A rejected file does not stop the others: reports are written for the
# rest, the OPD report names the missing pemda, and the exit status is 1.
# The file is not even XML, so lkjip cannot tell which unit it held: the
# profile's entity and the OPDs' parent are notes that it may be there
# (LKJ0417), not "not among the inputs" (LKJ0411, LKJ0408).
%setup cp -r tests/data/link/base $TMP/ws && printf 'not xml' > $TMP/ws/kab.xml
%args build $TMP/ws -o $TMP/out --lang en --format ir
%exit 1
%check test -f $TMP/out/dinas-a/ir.xml -a -f $TMP/out/dinas-b/ir.xml
%check grep -q '<masukan-hilang unit="kab-contoh"/>' $TMP/out/dinas-a/ir.xml
%grep error LKJ0101
%grep note LKJ0417: the profile's entity is not linked: no accepted file defines 'kab-contoh', and the rejected .*/ws/kab.xml could not be read to tell
%nogrep LKJ0411|LKJ0408
