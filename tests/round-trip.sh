#!/usr/bin/env bash
# tests/round-trip.sh DIR — issue 14's round trip on the samples:
# submission → lkjip template → (untouched) → lkjip import → submission, for
# every sample OPD; the imported submissions replace the originals in a copy
# of the workspace, and every unit's report IR equals the original's (source
# positions aside: berkas, baris, kolom; and indentation).
set -u
dir=$1
lkjip=${LKJIP:-build/check/lkjip}
rm -rf "$dir" && mkdir -p "$dir" || exit 2
"$lkjip" template samples -o "$dir/wb" --quiet || { echo "template failed"; exit 1; }
cp -r samples "$dir/ws"
n=0
for w in "$dir"/wb/*.xlsx; do
  u=$(basename "$w" .xlsx)
  rm -f "$dir"/ws/kab-sukamaju/opd-"$u".xml*
  "$lkjip" import "$w" -o "$dir/ws/kab-sukamaju/opd-$u.xml" || { echo "import $u failed"; exit 1; }
  n=$((n + 1))
done
[ "$n" = 6 ] || { echo "$n workbooks, not 6"; exit 1; }
"$lkjip" build samples -o "$dir/before" --format ir --quiet --no-cache --state "$dir/s1" || exit 1
"$lkjip" build "$dir/ws" -o "$dir/after" --format ir --quiet --no-cache --state "$dir/s2" || exit 1
norm() { sed -E 's/ (berkas|baris|kolom)="[^"]*"//g; s/^ *//' "$1"; }
status=0
for f in $(cd "$dir/before" && find . -name ir.xml | sort); do
  if ! diff <(norm "$dir/before/$f") <(norm "$dir/after/$f") > "$dir/diff"; then
    echo "IR differs: $f"; head -20 "$dir/diff"; status=1
  fi
done
[ "$(cd "$dir/before" && find . -name ir.xml | wc -l)" = 8 ] || { echo "not 8 units"; status=1; }
exit $status
