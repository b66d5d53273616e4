# --lang en: the letters and the summary in English (the codes, the file's
# lines and the unit's name as they are).
%args check --lang en --letters $TMP/l tests/data/bad/missing-satuan.xml tests/data/bad/thousands-dot.xml
%exit 1
%check grep -q '<html lang="en">' $TMP/l/dinkes.html && grep -q '<h1>Submission Check Result</h1>' $TMP/l/dinkes.html
%check grep -q '<strong>REJECTED</strong>' $TMP/l/dinkes.html && grep -q 'This submission is rejected: it holds 1 error. Fix the error below, then send the file again.' $TMP/l/dinkes.html
%check grep -q 'line 22, column 9' $TMP/l/dinkes.html && grep -q '<dt>How to fix it</dt>' $TMP/l/dinkes.html && grep -q "add &lt;satuan&gt; inside indikator 'DINKES-AKI'" $TMP/l/dinkes.html
%check grep -q '<dd class="penjelasan">The submission schema requires this element.' $TMP/l/dinkes.html
%check grep -q '<strong>ACCEPTED</strong>' $TMP/l/dinkes-2.html && grep -q 'The 2 warnings below do not stand in the way' $TMP/l/dinkes-2.html
%check grep -q '<h1>Summary of Submission Checks</h1>' $TMP/l/index.html && grep -q '<p>1 of 2 submissions accepted, 1 rejected.</p>' $TMP/l/index.html
%nogrep Kiriman ini|Cara memperbaiki
%check ! grep -q 'Kiriman ini\|Cara memperbaiki\|\[surat\.' $TMP/l/*.html
%grep ^lkjip: 3 letters written to .* \(the summary: .*/index.html\)$
