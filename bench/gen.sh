#!/usr/bin/env bash
# bench/gen.sh COUNT DIR — a deterministic workspace of COUNT OPD submissions
# in lkjip's own format, made from the sample OPDs: pemda-NNN/ folders of 40
# files each, ids and unit ids renamed per file so that every file is unique.
# (Issue 5 replaces this with the full province/national generator.)
set -euo pipefail
count=${1:?COUNT}
out=${2:?DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
tmpl=$(mktemp -d)
trap 'rm -rf "$tmpl"' EXIT
n=0
for f in "$here"/samples/kab-sukamaju/opd-*.xml "$here"/samples/kab-sukamaju/opd-*.xml.gz; do
  case $f in *.gz) zcat "$f" > "$tmpl/$n.xml" ;; *) cp "$f" "$tmpl/$n.xml" ;; esac
  n=$((n + 1))
done
for ((i = 0; i < count; i++)); do
  pemda=$(printf 'pemda-%03d' $((i / 40)))
  mkdir -p "$out/$pemda"
  src="$tmpl/$((i % n)).xml"
  # Unique ids per file: suffix every id-like prefix with the file number.
  sed -e "s/\\(id=\"[A-Za-z]*\\)-/\\1$i-/g" -e "s/\\(mendukung=\"[A-Z]*\\)-/\\1$i-/g" \
      -e "s/induk=\"kab-sukamaju\"/induk=\"$pemda\"/" "$src" > "$out/$pemda/opd-$(printf %05d $i).xml"
done
echo "$count files in $out ($(du -sh "$out" | cut -f1))"
