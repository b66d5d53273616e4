# The letters in headless Chromium: a rejected letter prints to A4 pages
# whose text layer holds the verdict, the code, the place, the message, the
# fix and the excerpt's lines; the summary renders (the DOM after layout
# holds every row) and prints to A4 too. Copies for people to look at:
# build/test-artifacts/letter-rejected.pdf, letter-rejected.png and
# letters-summary.pdf.
%release
%timeout 180
%setup cp -r tests/data/link/base $TMP/ws && cp tests/data/bad/missing-satuan.xml $TMP/ws/opd-dinkes.xml && cp tests/data/bad/bidi-controls.xml $TMP/ws/opd-x-bidi.xml
%args check --letters $TMP/l $TMP/ws
%exit 1
%check mkdir -p $TMP/profile build/test-artifacts && chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$TMP/profile --no-pdf-header-footer --print-to-pdf=$TMP/rejected.pdf file://$(realpath $TMP/l/dinkes.html) >/dev/null 2>&1; test -s $TMP/rejected.pdf && cp $TMP/rejected.pdf build/test-artifacts/letter-rejected.pdf
%check pdfinfo $TMP/rejected.pdf | grep -q "Page size: .*(A4)" && pdfinfo $TMP/rejected.pdf | grep -q "^Pages: *1$"
%check pdftotext -layout $TMP/rejected.pdf - > $TMP/rejected.txt && grep -q "HASIL PEMERIKSAAN KIRIMAN" $TMP/rejected.txt && grep -q "DITOLAK" $TMP/rejected.txt && grep -q "LKJ0201" $TMP/rejected.txt && grep -q "baris 22, kolom 9" $TMP/rejected.txt && grep -q "tidak memiliki elemen wajib <satuan>" $TMP/rejected.txt && grep -q "tambahkan <satuan> di dalam indikator" $TMP/rejected.txt && grep -q '22 *<target tahun="2025" nilai="95"/>' $TMP/rejected.txt && grep -q "Dinas Kesehatan Kabupaten Sukamaju" $TMP/rejected.txt
%check chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$TMP/profile --hide-scrollbars --window-size=900,1400 --screenshot=$TMP/rejected.png file://$(realpath $TMP/l/dinkes.html) >/dev/null 2>&1; [ $(stat -c %s $TMP/rejected.png) -gt 20000 ] && cp $TMP/rejected.png build/test-artifacts/letter-rejected.png
%check chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$TMP/profile --no-pdf-header-footer --print-to-pdf=$TMP/bidi.pdf file://$(realpath $TMP/l/dinkes-2.html) >/dev/null 2>&1; pdftotext $TMP/bidi.pdf - | tr -d '\n' | grep -q 'Aminah\[U+202E\], M.Kes.' && [ "$(pdfinfo $TMP/bidi.pdf | sed -n 's/^Pages: *//p')" -ge 2 ] && pdfinfo $TMP/bidi.pdf | grep -q "Page size: .*(A4)"
%check chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$TMP/profile --dump-dom file://$(realpath $TMP/l/index.html) > $TMP/index.dom 2>/dev/null; grep -q '<p>4 dari 6 kiriman diterima, 2 ditolak.</p>' $TMP/index.dom && [ "$(grep -o '<tr class="di[a-z]*">' $TMP/index.dom | wc -l)" = 6 ]
%check chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$TMP/profile --no-pdf-header-footer --print-to-pdf=$TMP/summary.pdf file://$(realpath $TMP/l/index.html) >/dev/null 2>&1; pdfinfo $TMP/summary.pdf | grep -q "Page size: .*(A4)" && pdftotext $TMP/summary.pdf - | grep -q "REKAPITULASI HASIL PEMERIKSAAN KIRIMAN" && cp $TMP/summary.pdf build/test-artifacts/letters-summary.pdf
