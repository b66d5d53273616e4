#!/usr/bin/env bash
# bench/check-vs-xmllint.sh [COUNT] — lkjip check against one
# `xmllint --noout --schema` process over the same generated files (bench/gen.sh
# COUNT: COUNT OPD files with their pemda and provinsi), in one run. Prints the
# throughput of each and the ratio (median of RUNS runs). bench/run.sh does this
# and more (make bench).
set -euo pipefail
count=${1:-2000}
runs=${RUNS:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
lkjip=${LKJIP:-$here/build/lkjip}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$here/bench/gen.sh" "$count" "$data" >/dev/null
# The submissions (not the profile lkjip.xml, which xmllint would check against the wrong schema).
bytes=$(find "$data" -name '*.xml' ! -name lkjip.xml -printf '%s\n' | awk '{s += $1} END {print s}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
time_of() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN {print e - s}'; }
mapfile -t files < <(find "$data" -name '*.xml' ! -name lkjip.xml | LC_ALL=C sort)
t_lkjip=$(for r in $(seq "$runs"); do time_of "$lkjip" check --quiet "$data"; done | median)
t_xmllint=$(for r in $(seq "$runs"); do time_of xmllint --noout --nonet --schema "$here/schemas/submission.xsd" "${files[@]}"; done | median)
# Sanity: both must accept every file.
"$lkjip" check --quiet "$data"
xmllint --noout --nonet --schema "$here/schemas/submission.xsd" "${files[@]}" 2>&1 | grep -v ' validates$' || true
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "data: ${#files[@]} files ($count OPD), $mb MB"
awk -v t="$t_lkjip" -v mb="$mb" 'BEGIN {printf "lkjip check (1 process): %.3f s, %.1f MB/s\n", t, mb / t}'
awk -v t="$t_xmllint" -v mb="$mb" 'BEGIN {printf "xmllint --noout --schema (1 process): %.3f s, %.1f MB/s\n", t, mb / t}'
awk -v a="$t_lkjip" -v b="$t_xmllint" 'BEGIN {printf "ratio lkjip/xmllint throughput: %.2fx\n", b / a}'
