#!/usr/bin/env bash
# Runs the README.md (or FILE's) code block that starts with "    $ FIRST"
# in a fresh folder DIR (holding a copy of the repository's samples/ and
# links to its build/, docs/ and stylesheets/), each
# "$ " line as a command, and compares what the commands print with the
# lines the README shows after them. Dates (YYYY-MM-DD and "7 Desember
# 2026") are compared as DATE: the README was written on another day.
# A plain "lkjip" in a command is $LKJIP (default build/lkjip), as docs
# written for an installed lkjip (docs/panduan-opd.md) show it. Files
# already in DIR stay (a case may prepare them); BLOCK=N takes the Nth
# block starting with that line (default 1).
set -u
first=$1 dir=$2
repo=$(cd "$(dirname "$0")/.." && pwd)
file=$repo/${3:-README.md}
lkjip=${LKJIP:-build/lkjip}
case $lkjip in /*) ;; *) lkjip=$repo/$lkjip ;; esac
mkdir -p "$dir" && cd "$dir" || exit 1
rm -rf samples && cp -r "$repo/samples" samples
ln -sfn "$repo/build" build
ln -sfn "$repo/docs" docs
ln -sfn "$repo/stylesheets" stylesheets
mkdir -p .bin && ln -sfn "$lkjip" .bin/lkjip
export PATH="$PWD/.bin:$PATH"
block=$(awk -v first="    \$ $first" -v nth="${BLOCK:-1}" '
  index($0, first) == 1 && ++seen == nth { on = 1 }
  on && !/^    / { exit }
  on { print substr($0, 5) }' "$file")
[ -n "$block" ] || { echo "no block starting with $first in $file"; exit 1; }
expected=$(printf '%s\n' "$block" | grep -v '^\$ ')
actual=$(printf '%s\n' "$block" | grep '^\$ ' | sed 's/^\$ //' | while IFS= read -r cmd; do
  bash -c "$cmd" 2>&1
done)
normal() { sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}/DATE/g'; }
diff <(printf '%s\n' "$expected" | normal) <(printf '%s\n' "$actual" | normal)
