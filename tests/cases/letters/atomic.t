# The letters folder is published whole or not at all: a run whose letter
# stylesheet fails on the fifth letter, dinsos (after four were written into the
# staging tree) exits 3 with LKJ0903 and leaves the previous letters byte
# for byte, with nothing temporary beside them; so does a run that could not
# read one of its inputs (LKJ0001: the verdicts would be incomplete), a run
# whose letters folder cannot be made (a file in the way: LKJ0016), and a
# run whose first letter cannot be written (a file size limit, as a full
# disk would: LKJ0016). A good run then replaces the whole folder (a letter
# of a file gone is gone), keeping the previous letters beside it as the
# spare, which the next run brings up to date: the same letters as a new
# folder gets.
%setup build/lkjip check --letters $TMP/l samples/ tests/data/bad/missing-satuan.xml > /dev/null; cp -a $TMP/l $TMP/before
%setup cp -r stylesheets $TMP/ss && sed -i 's#<xsl:template match="/s:surat | /s:rekap">#<xsl:template match="/s:surat[s:kiriman/s:unit/@id = \x27dinsos\x27]" priority="2"><xsl:message terminate="yes">berhenti</xsl:message></xsl:template>\n  &#' $TMP/ss/letter-html.xsl
%args check --letters $TMP/l --stylesheets $TMP/ss samples/
%exit 3
%grep fatal|galat
%grep LKJ0903: stylesheet letter-html.xsl gagal: .*berhenti
%nogrep surat ditulis
%check diff -r $TMP/before $TMP/l && [ -z "$(ls -A $TMP | grep -E 'lkjip-new|lkjip-old|\.tmp\.')" ]
%check ! build/check/lkjip check --letters $TMP/l samples/ /nonexistent/x.xml > $TMP/missing.txt; grep -q 'LKJ0001' $TMP/missing.txt && ! grep -q 'surat ditulis' $TMP/missing.txt && diff -r $TMP/before $TMP/l
%check touch $TMP/file && ! build/check/lkjip check --letters $TMP/file/l samples/ > $TMP/file.txt; grep -q 'galat LKJ0016: surat hasil pemeriksaan tidak dapat ditulis ke .*/file/l' $TMP/file.txt && diff -r $TMP/before $TMP/l
%check ( trap '' XFSZ; ulimit -f 4; build/check/lkjip check --letters $TMP/l samples/ > $TMP/fsz.txt ); [ $? = 3 ] && grep -q 'galat LKJ0016: surat hasil pemeriksaan tidak dapat ditulis ke .*/l: kab-sukamaju.html: File too large' $TMP/fsz.txt && diff -r $TMP/before $TMP/l && [ -z "$(ls -A $TMP | grep -E 'lkjip-new|lkjip-old')" ]
%check build/check/lkjip check --letters $TMP/l samples/ > /dev/null && [ ! -e $TMP/l/dinkes-2.html ] && [ -e $TMP/l/dinkes.html ] && [ -z "$(ls -A $TMP | grep -E 'lkjip-new|lkjip-old')" ]
%check [ -f $TMP/.l.lkjip-spare/.lkjip-output ] && { build/check/lkjip check --letters $TMP/l samples/ tests/data/bad/missing-satuan.xml > /dev/null; [ $? = 1 ]; } && diff -r $TMP/before $TMP/l
