# Every bad and hostile input in one run under the sanitizers: each gets a
# letter, every letter document is valid against schemas/letter.xsd (shown
# with an identity letter stylesheet, as a user's own would get it), and no
# character of an input can reorder a letter: bidirectional controls show
# as [U+202E], control characters as their symbols (U+2400…), invalid UTF-8
# as U+FFFD; none of them is in any letter as it was in the file.
%timeout 120
%setup cp -r stylesheets $TMP/ss && printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:output method="xml" encoding="UTF-8"/><xsl:template match="/"><xsl:copy-of select="/"/></xsl:template></xsl:stylesheet>' > $TMP/ss/letter-html.xsl
%args check --quiet --letters $TMP/x --stylesheets $TMP/ss tests/data/bad tests/data/hostile tests/data/ok
%exit 1
%check [ "$(ls $TMP/x | wc -l)" = "$(( $(find tests/data/bad tests/data/hostile tests/data/ok -type f | wc -l) + 1 ))" ]
%check xmllint --noout --schema schemas/letter.xsd $TMP/x/*.html
%check grep -q '<tanda>\[U+202E\]</tanda>' $TMP/x/*.html && grep -q '<tanda>␀</tanda>' $TMP/x/nul-byte.html && grep -q '<tanda>��</tanda>' $TMP/x/invalid-utf8.html
%check ! grep -lP '[\x{202A}-\x{202E}\x{2066}-\x{2069}\x{200E}\x{200F}\x{061C}]' $TMP/x/*.html
%check build/check/lkjip check --quiet --letters $TMP/h tests/data/bad tests/data/hostile tests/data/ok > /dev/null; [ $? = 1 ] && ! grep -lP '[\x{202A}-\x{202E}\x{2066}-\x{2069}\x{200E}\x{200F}\x{061C}\x00-\x08]' $TMP/h/*.html && [ "$(ls $TMP/h | wc -l)" = "$(ls $TMP/x | wc -l)" ]
