# A DOCTYPE whose entity points at a local file: refused at the DOCTYPE,
# before any entity is read; the file's content never appears.
%setup printf 'SECRET-LKJ-4711\n' > $TMP/secret.txt
%setup printf '<?xml version="1.0"?>\n<!DOCTYPE submisi [\n<!ENTITY x SYSTEM "file://%s/secret.txt">\n]>\n<submisi xmlns="urn:lkjip:submission:1" tahun="2025"><visi>&x;</visi></submisi>\n' "$TMP" > $TMP/local.xml
%args check --lang en $TMP/local.xml
%exit 1
%timeout 2
%nonet
%grep :2:1: error LKJ0103: a DOCTYPE declaration is not allowed
%nogrep SECRET-LKJ-4711
%check xmllint --noent --nonet $TMP/local.xml | grep -q SECRET-LKJ-4711
