#!/usr/bin/env bash
# The golden letters (tests/golden/letters), made with lkjip BINARY into
# OUT: `make golden` writes them, tests/cases/emit/golden-letters.t makes
# them again and compares, byte for byte.
#
#   OUT/samples/          check --link --letters of samples/: a letter per
#                         file and the pemda's summary (index.html)
#   OUT/bad/NAME.html     the letter of tests/data/bad/NAME.xml, checked alone
#                         (most of those files are unit 'dinkes': one run
#                         each keeps the names apart from one another)
#   OUT/en/NAME.html      a few of them in English (--lang en)
#
#   tests/golden-letters.sh BINARY OUT
set -eu
binary=$1 out=$2
export LC_ALL=C.UTF-8
unset SOURCE_DATE_EPOCH
work=$(mktemp -d "${TMPDIR:-/tmp}/lkjip-golden-letters.XXXXXX")
trap 'rm -rf "$work"' EXIT
rm -rf "$out"
mkdir -p "$out/bad" "$out/en"

"$binary" check --link --quiet --letters "$out/samples" samples/ >/dev/null

# One file's letter (the folder's one file besides index.html) to dest.
letter_of() {
  local file=$1 dest=$2 status
  shift 2
  rm -rf "$work/l"
  status=0
  "$binary" check --quiet --letters "$work/l" "$@" "$file" >/dev/null || status=$?
  if [ "$status" -gt 1 ]; then
    echo "golden-letters: $file: exit status $status" >&2
    return 1
  fi
  local letters
  letters=$(cd "$work/l" && ls | grep -vx 'index.html')
  if [ "$(printf '%s\n' "$letters" | wc -l)" != 1 ]; then
    echo "golden-letters: $file: not one letter: $letters" >&2
    return 1
  fi
  cp "$work/l/$letters" "$dest"
}

for f in tests/data/bad/*; do
  name=$(basename "$f")
  name=${name%.gz}
  letter_of "$f" "$out/bad/${name%.xml}.html"
done
for name in missing-satuan tag-mismatch bidi-controls decimal-comma-utf16; do
  letter_of "tests/data/bad/$name.xml" "$out/en/$name.html" --lang en
done
