# Letter names never come raw from input: the unit's id made safe, else the
# file's own name made safe; a name already taken (by an earlier file, or
# index.html, the summary's) gets -2, -3, … in input order, so no two files
# share a letter. A unit id with a path in it (refused by the schema) is no
# path; a file that names no unit is named after itself; standard input is
# stdin.html (it cannot be read again: no excerpt); a gzip file is read again through the loader (its excerpt is
# there).
%setup mkdir -p $TMP/ws && cp tests/data/bad/missing-satuan.xml $TMP/ws/a.xml && cp tests/data/bad/duplicate-id.xml $TMP/ws/b.xml && sed 's/unit id="dinkes"/unit id="index"/' tests/data/bad/missing-satuan.xml > $TMP/ws/c.xml && sed 's#unit id="dinkes"#unit id="../../etc/Dinkes 2"#' tests/data/bad/missing-satuan.xml > $TMP/ws/d.xml && gzip -9n < tests/data/bad/missing-satuan.xml > $TMP/ws/e.xml.gz && cp tests/data/bad/tag-mismatch.xml "$TMP/ws/f g&h.xml"
%args check --letters $TMP/l $TMP/ws -
%stdin tests/data/bad/missing-satuan.xml
%exit 1
%check cd $TMP/l && [ "$(ls | tr '\n' ' ')" = "------etc-dinkes-2.html dinkes-2.html dinkes-3.html dinkes.html f-g-h.html index-2.html index.html stdin.html " ]
%check grep -q 'ws/a.xml' $TMP/l/dinkes.html && grep -q 'ws/b.xml' $TMP/l/dinkes-2.html && grep -q 'ws/c.xml' $TMP/l/index-2.html && grep -q 'ws/d.xml' $TMP/l/------etc-dinkes-2.html && grep -q 'ws/e.xml.gz' $TMP/l/dinkes-3.html && grep -q 'ws/f g&amp;h.xml' $TMP/l/f-g-h.html
%check grep -q '<tr class="sorot"><td class="no">22</td>' $TMP/l/dinkes-3.html
%check grep -q '<td class="berkas"><bdi>-</bdi></td>' $TMP/l/stdin.html && ! grep -q 'class="cuplikan"' $TMP/l/stdin.html
%check grep -q '(<bdi>../../etc/Dinkes 2</bdi>)' $TMP/l/------etc-dinkes-2.html
%check grep -q 'tidak terbaca dari berkas' $TMP/l/f-g-h.html
%check grep -q '<p>0 dari 7 kiriman diterima, 7 ditolak.</p>' $TMP/l/index.html
%check mkdir $TMP/x && for j in 1 2; do build/lkjip check -j $j --letters $TMP/x/$j $TMP/ws - < tests/data/bad/missing-satuan.xml > /dev/null; done; diff -r $TMP/l $TMP/x/1 && diff -r $TMP/l $TMP/x/2
%grep ^lkjip: 8 surat ditulis ke
