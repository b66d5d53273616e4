#!/usr/bin/env bash
# docbook-pdf.sh LKJIP.XML — the DocBook of lkjip as an A4 PDF beside it
# (lkjip.pdf), with Debian's DocBook XSL (FO) and FOP. Used by `make pdf`
# and by the test that checks it. The PDF is written to a temporary name
# and renamed.
set -euo pipefail
xml=${1:?LKJIP.XML}
given=$(dirname "$xml")
here=$(cd "$(dirname "$0")" && pwd)
fo_xsl=${DOCBOOK_FO:-/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/fo/docbook.xsl}
# Absolute: FOP runs in the document's folder (below), and a temporary
# name relative to the caller's folder would not be found from there.
dir=$(cd "$(dirname "$xml")" && pwd)
base=$(basename "$xml" .xml)
xml="$dir/$base.xml"
tmp=$(mktemp "$dir/.$base.XXXXXX")
trap 'rm -f "$tmp" "$tmp.fo" "$tmp.log"' EXIT
# Both tools talk a lot on stderr; it is shown only when they fail.
fail() { cat "$tmp.log" >&2; exit 1; }
# Chapters carry their own numbers ("Bab I"): no automatic labels.
xsltproc --nonet \
  --stringparam paper.type A4 \
  --stringparam fop1.extensions 1 \
  --stringparam chapter.autolabel 0 \
  --stringparam appendix.autolabel 0 \
  --stringparam body.font.family "DejaVu Sans" \
  --stringparam title.font.family "DejaVu Sans" \
  --stringparam monospace.font.family "DejaVu Sans Mono" \
  --stringparam symbol.font.family "DejaVu Sans" \
  --stringparam hyphenate false \
  "$fo_xsl" "$xml" > "$tmp.fo" 2> "$tmp.log" || fail
# FOP resolves the chart files relative to the document's folder.
(cd "$dir" && fop -q -c "$here/fop.xconf" -fo "$tmp.fo" -pdf "$tmp") > "$tmp.log" 2>&1 || fail
mv "$tmp" "$dir/$base.pdf"
trap - EXIT
rm -f "$tmp.fo" "$tmp.log"
echo "$given/$base.pdf"
