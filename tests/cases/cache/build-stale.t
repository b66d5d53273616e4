# What a render stamp promises is checked, not trusted: a report deleted or
# whose bytes changed is written again; a change anywhere in
# the stylesheets folder renders every unit again; a file gone from the
# workspace loses its cache entry and its two render stamps (the unit's and
# its HTML's); --lang en never reuses what --lang id
# made.
%timeout 90
%setup cp -r samples $TMP/ws && cp -r stylesheets $TMP/ss && build/check/lkjip build $TMP/ws -o $TMP/out --format html --stylesheets $TMP/ss > /dev/null
%args build $TMP/ws -o $TMP/out --format html --stylesheets $TMP/ss
%check cp $TMP/out/kab-sukamaju/lkjip.html $TMP/pemda.html && rm $TMP/out/kab-sukamaju/lkjip.html && echo tampered > $TMP/out/kab-sukamaju/dinkes/lkjip.html && build/check/lkjip build $TMP/ws -o $TMP/out --format html --stylesheets $TMP/ss | grep -q '(6 tidak berubah)' && cmp $TMP/pemda.html $TMP/out/kab-sukamaju/lkjip.html && ! grep -q tampered $TMP/out/kab-sukamaju/dinkes/lkjip.html
%check echo '<!-- edited -->' >> $TMP/ss/i18n/id.xml && build/check/lkjip build $TMP/ws -o $TMP/out --format html --stylesheets $TMP/ss | grep -q '(9 dari cache), 8 unit, 8 laporan ditulis ke .* (0 tidak berubah)'
%check [ "$(ls $TMP/.out.lkjip/cache/i-*.lkc | wc -l)" = 9 ] && rm $TMP/ws/kab-sukamaju/opd-dlh.xml && build/check/lkjip build $TMP/ws -o $TMP/out --format html --stylesheets $TMP/ss > /dev/null; [ "$(ls $TMP/.out.lkjip/cache/i-*.lkc | wc -l)" = 8 ] && [ "$(ls $TMP/.out.lkjip/cache/r-*.lkr | wc -l)" = 14 ]
%check build/check/lkjip build --lang en $TMP/ws -o $TMP/out --format html --stylesheets $TMP/ss | grep -q '(0 from the cache), 7 units, 7 reports written to .* (0 unchanged)'
%stdout
lkjip: 9 berkas dibaca (9 dari cache), 8 unit, 8 laporan ditulis ke $TMP/out (8 tidak berubah), 0 kesalahan, 0 peringatan
