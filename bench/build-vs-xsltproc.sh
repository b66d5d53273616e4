#!/usr/bin/env bash
# bench/build-vs-xsltproc.sh — lkjip build of the samples (check, link,
# measure, IR, HTML + DocBook) against running xsltproc by hand over the same
# IR (HTML + DocBook for every unit, nothing else). Median of RUNS runs.
set -euo pipefail
runs=${RUNS:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
lkjip=${LKJIP:-$here/build/lkjip}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
time_of() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN {print e - s}'; }
"$lkjip" build "$here/samples" -o "$work/ir" --format ir >/dev/null
mapfile -t irs < <(find "$work/ir" -name ir.xml | LC_ALL=C sort)
by_hand() {
  for ir in "${irs[@]}"; do
    xsltproc --nonet --stringparam lang id "$here/stylesheets/lkjip-html.xsl" "$ir" > "$work/h.html"
    xsltproc --nonet --stringparam lang id "$here/stylesheets/lkjip-docbook.xsl" "$ir" > "$work/d.xml"
  done
}
t_lkjip=$(for r in $(seq "$runs"); do rm -rf "$work/out"; time_of "$lkjip" build "$here/samples" -o "$work/out" --format html,docbook; done | median)
t_hand=$(for r in $(seq "$runs"); do time_of by_hand; done | median)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "units: ${#irs[@]}"
awk -v t="$t_lkjip" 'BEGIN {printf "lkjip build --format html,docbook (everything from the XML submissions): %.3f s\n", t}'
awk -v t="$t_hand" 'BEGIN {printf "xsltproc by hand, HTML + DocBook over the ready IR: %.3f s\n", t}'
awk -v a="$t_lkjip" -v b="$t_hand" 'BEGIN {printf "ratio xsltproc/lkjip: %.2fx\n", b / a}'
