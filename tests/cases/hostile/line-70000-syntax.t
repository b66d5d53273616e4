# A syntax error past line 65535 keeps its true line number.
%setup { printf '<?xml version="1.0"?>\n<submisi xmlns="urn:lkjip:submission:1" tahun="2025">\n'; yes '' | head -n 70000; printf '  <visi>Sehat</vis>\n</submisi>\n'; } > $TMP/far.xml
%args check --lang en $TMP/far.xml
%exit 1
%timeout 2
%nonet
%grep far.xml:70003:20: error LKJ0101: XML is not well-formed: the element <visi> \(line 70003\) is closed by </vis>
