#!/usr/bin/env bash
# bench/plain/compare.sh [DIR] — how close the plain stylesheet's capaian
# (bench/plain/capaian.xsl) are to lkjip's: builds DIR (default: samples/)
# with --format ir, then compares, per indicator, the capaian shown in the IR
# (tampil) with the one capaian.xsl computes from the same submission.
# Prints the counts: equal, different, computed by one only.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
lkjip=${LKJIP:-$here/build/lkjip}
dir=${1:-$here/samples}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$lkjip" build -q "$dir" -o "$work/ir" --format ir
# lkjip: id and capaian/@tampil of every indicator of every IR.
cat > "$work/ir.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:for-each select="//*[local-name() = 'indikator'][*[local-name() = 'capaian']]">
      <xsl:value-of select="@id"/><xsl:text>&#9;</xsl:text>
      <xsl:value-of select="*[local-name() = 'capaian']/@tampil"/><xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
XSL
find "$work/ir" -name ir.xml -print0 | xargs -0 -n1 xsltproc --nonet "$work/ir.xsl" > "$work/lkjip.tsv"
find "$dir" \( -name '*.xml' -o -name '*.xml.gz' \) ! -name lkjip.xml -print0 |
  xargs -0 -n1 xsltproc --nonet "$here/bench/plain/rows.xsl" > "$work/plain.tsv"
LC_ALL=C sort -u "$work/lkjip.tsv" > "$work/a"; LC_ALL=C sort -u "$work/plain.tsv" > "$work/b"
LC_ALL=C join -t "$(printf '\t')" -a1 -a2 -e '' -o 0,1.2,2.2 "$work/a" "$work/b" | awk -F'\t' '
  $2 == $3 && $2 != "" {same++; next}
  $2 == "" && $3 == "" {neither++; next}
  $2 == "" {plain_only++; print "plain only: " $0; next}
  $3 == "" {lkjip_only++; print "lkjip only: " $0; next}
  {diff++; print "different: " $0}
  END {printf "indicators: %d equal, %d different, %d lkjip only, %d plain only, %d neither\n", same, diff, lkjip_only, plain_only, neither}' | tail -40
