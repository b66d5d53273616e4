# A 50 MB attribute value: libxml2's own limit (no XML_PARSE_HUGE) answers.
%setup { printf '<submisi xmlns="urn:lkjip:submission:1" tahun="'; head -c 52428800 /dev/zero | tr '\0' 7; printf '"/>\n'; } > $TMP/attr.xml
%args check --lang en $TMP/attr.xml
%exit 1
%timeout 4
%nonet
%grep attr.xml:1:[0-9]+: error LKJ0107: a text or attribute value is too long
