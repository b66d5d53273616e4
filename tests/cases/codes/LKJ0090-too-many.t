# 150 misi with an unknown attribute: 150 errors, the first 100 shown, then
# one note counting the other 50; the summary counts all 150.
%setup { sed -n '1,15p' tests/data/ok/minimal.xml; for i in $(seq 1 150); do printf '  <misi id="M%d" nomor="%d">Misi</misi>\n' $i $i; done; sed -n '16,$p' tests/data/ok/minimal.xml; } > $TMP/banyak.xml
%args check --lang en $TMP/banyak.xml
%exit 1
%grep ^/.*/banyak\.xml:16:17: error LKJ0204: the attribute 'nomor' is not allowed on misi 'M1'$
%grep ^/.*/banyak\.xml:115:19: error LKJ0204: the attribute 'nomor' is not allowed on misi 'M100'$
%nogrep misi 'M101'
%grep ^/.*/banyak\.xml: note LKJ0090: 50 more diagnostics for this file are not shown$
%grep ^  hint: fix the ones above and check again$
%check [ "$(grep -c ': error LKJ0204: ' $OUT)" = 100 ]
%check [ "$(tail -3 $OUT | head -1 | cut -d' ' -f2-3)" = "note LKJ0090:" ]
%check [ "$(tail -1 $OUT)" = "lkjip: 1 file checked, 150 errors, 0 warnings" ]
