# A damaged, foreign or planted cache entry is never trusted: each kind of
# damage below (truncated, a byte flipped in the header and in the
# compressed payload, entries swapped between files, random bytes, an entry
# of another build, a folder in its place) gives exactly the diagnostics of
# a run without cache, with 0 hits, and the next run rewrites the entries.
%setup build/check/lkjip check --lang en tests/data/bad samples > $TMP/none.txt; build/check/lkjip check --lang en --cache $TMP/c tests/data/bad samples > /dev/null; true
%args check --lang en --cache $TMP/c tests/data/bad samples
%exit 1
%check set -e; damage() { for f in $TMP/c/i-*.lkc; do "$@" "$f"; done; }; run() { build/check/lkjip check --lang en --cache $TMP/c tests/data/bad samples > $TMP/run.txt || [ $? = 1 ]; diff <(grep -v '^lkjip: ' $TMP/none.txt) <(grep -v '^lkjip: ' $TMP/run.txt); grep -q "($1 from the cache)" $TMP/run.txt; }; truncate_half() { truncate -s $(( $(stat -c %s "$1") / 2 )) "$1"; }; damage truncate_half; run 0; run 159
%check set -e; run() { build/check/lkjip check --lang en --cache $TMP/c tests/data/bad samples > $TMP/run.txt || [ $? = 1 ]; diff <(grep -v '^lkjip: ' $TMP/none.txt) <(grep -v '^lkjip: ' $TMP/run.txt); grep -q "($1 from the cache)" $TMP/run.txt; }; flip() { b=$(od -An -tu1 -j$2 -N1 "$1"); printf "$(printf '\\%03o' $((255 - b)))" | dd of="$1" bs=1 seek=$2 conv=notrunc status=none; }; for f in $TMP/c/i-*.lkc; do flip "$f" 20; done; run 0; for f in $TMP/c/i-*.lkc; do flip "$f" $(( $(stat -c %s "$f") - 3 )); done; run 0; run 159
%check set -e; run() { build/check/lkjip check --lang en --cache $TMP/c tests/data/bad samples > $TMP/run.txt || [ $? = 1 ]; diff <(grep -v '^lkjip: ' $TMP/none.txt) <(grep -v '^lkjip: ' $TMP/run.txt); grep -q "($1 from the cache)" $TMP/run.txt; }; set -- $TMP/c/i-*.lkc; first=$1; cp "$first" $TMP/first; for f in "$@"; do shift; if [ $# -gt 0 ]; then cp "$1" "$f"; fi; done; cp $TMP/first "$f"; run 0; run 159
%check set -e; run() { build/check/lkjip check --lang en --cache $TMP/c tests/data/bad samples > $TMP/run.txt || [ $? = 1 ]; diff <(grep -v '^lkjip: ' $TMP/none.txt) <(grep -v '^lkjip: ' $TMP/run.txt); grep -q "($1 from the cache)" $TMP/run.txt; }; for f in $TMP/c/i-*.lkc; do head -c 3000 /dev/urandom > "$f"; done; run 0; for f in $TMP/c/i-*.lkc; do printf 'LKJC\001\000\000\000' | cat - <(head -c 64 /dev/urandom) <(tail -c +73 "$f") > $TMP/x && mv $TMP/x "$f"; done; run 0; for f in $TMP/c/i-*.lkc; do rm "$f"; mkdir "$f"; done; run 0; rmdir $TMP/c/i-*.lkc; run 0; run 159
%check [ "$(ls $TMP/c | wc -l)" = 160 ]
