# Names with <script>, quotes, & and javascript: come out as text, escaped:
# no script element, no javascript: URL in any attribute, no external URL.
%setup cp -r tests/data/link/base $TMP/ws && sed -i 's|<nama>Dinas dinas-a</nama>|<nama>\&lt;script\&gt;alert(1)\&lt;/script\&gt; \&amp; "Dinas" javascript:alert(2)</nama>|; s|<uraian>Sasaran dinas-a</uraian>|<uraian>\&lt;img src=x onerror=alert(3)\&gt; javascript:void(0) \&amp;\&amp; "x"</uraian>|; s|<nama>Indikator dinas-a</nama>|<nama>\&lt;a href="javascript:alert(4)"\&gt;klik\&lt;/a\&gt;</nama>|' $TMP/ws/opd-a.xml
%args build $TMP/ws -o $TMP/out --format html,pk
%check grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' $TMP/out/kab-contoh/dinas-a/lkjip.html
%check ! grep -qi '<script' $TMP/out/kab-contoh/dinas-a/lkjip.html $TMP/out/kab-contoh/lkjip.html
%check for f in $(find $TMP/out -name "*.html"); do n=$(xmllint --html --xpath "count(//script | //img | //iframe | //*[@onerror] | //*[@onload] | //@*[starts-with(translate(normalize-space(.), 'JAVASCRIPT', 'javascript'), 'javascript:')])" $f 2>/dev/null); [ "$n" = 0 ] || { echo "$f: $n"; exit 1; }; done
%check ! grep -Eo 'https?://[^"<> ]*' $TMP/out/kab-contoh/dinas-a/lkjip.html $TMP/out/kab-contoh/lkjip.html | grep -v 'www.w3.org/2000/svg\|www.w3.org/1999/xhtml\|www.w3.org/1999/xlink'
%check ! xmllint --html --noout $TMP/out/kab-contoh/dinas-a/lkjip.html 2>&1 | grep 'parser error' | grep -vq 'Tag [a-zA-Z]* invalid'
