# Chromium runs under timeout and is tried once more: a headless Chromium that
# hung on a loaded machine stopped the whole suite; now it fails this case at worst.
# The sample LKjIP in headless Chromium: a screenshot and an A4 PDF print.
# The page rendered (non-empty PNG), its title is the unit's, and the text
# layer of the PDF holds the summary table's numbers (DINKES-AKI capaian
# 104,70 %, the category, Rp amounts). Copies for people to look at:
# build/test-artifacts/dinkes.png and dinkes.pdf.
%release
%timeout 120
%args build samples/ -o $TMP/out --format html
%check mkdir -p $TMP/profile build/test-artifacts && { timeout -k 5 90 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$TMP/profile --hide-scrollbars --window-size=1280,2400 --screenshot=$TMP/dinkes.png file://$(realpath $TMP/out/kab-sukamaju/dinkes/lkjip.html) >/dev/null 2>&1 || timeout -k 5 90 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$TMP/profile --hide-scrollbars --window-size=1280,2400 --screenshot=$TMP/dinkes.png file://$(realpath $TMP/out/kab-sukamaju/dinkes/lkjip.html) >/dev/null 2>&1; }; test -s $TMP/dinkes.png && cp $TMP/dinkes.png build/test-artifacts/dinkes.png && [ $(stat -c %s $TMP/dinkes.png) -gt 20000 ]
%check { timeout -k 5 90 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$TMP/profile --no-pdf-header-footer --print-to-pdf=$TMP/dinkes.pdf file://$(realpath $TMP/out/kab-sukamaju/dinkes/lkjip.html) >/dev/null 2>&1 || timeout -k 5 90 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$TMP/profile --no-pdf-header-footer --print-to-pdf=$TMP/dinkes.pdf file://$(realpath $TMP/out/kab-sukamaju/dinkes/lkjip.html) >/dev/null 2>&1; }; test -s $TMP/dinkes.pdf && cp $TMP/dinkes.pdf build/test-artifacts/dinkes.pdf
%check pdftotext -layout $TMP/dinkes.pdf - > $TMP/dinkes.txt && grep -q "Dinas Kesehatan Kabupaten Sukamaju" $TMP/dinkes.txt && grep -q "104,70" $TMP/dinkes.txt && grep -q "Sangat Tinggi" $TMP/dinkes.txt && grep -q "Rp" $TMP/dinkes.txt
%check pdfinfo $TMP/dinkes.pdf | grep -q "Page size: .*(A4)"
%check grep -q "<title>[^<]*Dinas Kesehatan Kabupaten Sukamaju" $TMP/out/kab-sukamaju/dinkes/lkjip.html
