#!/usr/bin/env bash
# docbook-docx.sh LKJIP.XML — the DocBook of lkjip as a Word file beside it
# (lkjip.docx), with pandoc: every chart as a PNG (rsvg-convert; Word shows
# no inline SVG) and tables whose merged cells keep their columns
# (for-word.xsl). Used by `make docx` and by the test that checks it. The
# file is written to a temporary name and renamed.
set -euo pipefail
xml=${1:?LKJIP.XML}
here=$(cd "$(dirname "$0")" && pwd)
dir=$(cd "$(dirname "$xml")" && pwd)
base=$(basename "$xml" .xml)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { cat "$work/log" >&2; exit 1; }
xsltproc --nonet --stringparam dir "$work" "$here/for-word.xsl" "$dir/$base.xml" > "$work/word.xml" 2> "$work/log" || fail
for svg in "$work"/grafik-*.svg; do
  [ -e "$svg" ] || break
  rsvg-convert --zoom 2 -f png -o "${svg%.svg}.png" "$svg" 2> "$work/log" || fail
done
(cd "$work" && pandoc -f docbook -t docx word.xml -o out.docx) > "$work/log" 2>&1 || fail
mv "$work/out.docx" "$dir/.$base.docx.tmp"
mv "$dir/.$base.docx.tmp" "$dir/$base.docx"
echo "$(dirname "$xml")/$base.docx"
