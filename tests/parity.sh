#!/usr/bin/env bash
# The same report in both formats (issue 13): the text of every heading,
# table cell and paragraph of an HTML report and of the DocBook book made
# from the same presented document, as two sequences of lines
# (tests/parity/html-text.xsl, tests/parity/docbook-text.xsl), compared.
# The cover, the table of contents and the charts' own text are left out.
#
#   tests/parity.sh [-v] REPORT.html BOOK.xml   one pair
#   tests/parity.sh [-v] DIR                    every NAME.html under DIR
#                                               with a DocBook NAME.xml beside it
#
# Prints "same  NAME.html NAME.xml (N lines)" per pair, or "DIFFERS" and the
# diff -u of the two sequences (HTML first). -v also prints the lines.
# Status: 0 all pairs the same, 1 a pair differs, 2 usage or unreadable input.
set -u
here=$(cd "$(dirname "$0")" && pwd)
export LC_ALL=C.UTF-8
verbose=0
if [ "${1:-}" = -v ]; then verbose=1; shift; fi
work=$(mktemp -d "${TMPDIR:-/tmp}/lkjip-parity.XXXXXX")
trap 'rm -rf "$work"' EXIT

usage() { sed -n '2,15s/^# \{0,1\}//p' "$0" >&2; exit 2; }

# The lines of one side into $2; the parser's complaints about HTML5 tags
# (libxml2 knows HTML 4) are noise unless xsltproc fails.
extract() {
  local style=$1 in=$2 out=$3; shift 3
  if ! xsltproc --nonet "$@" "$here/parity/$style" "$in" >"$out" 2>"$work/err"; then
    echo "parity: cannot read $in:" >&2; head -5 "$work/err" >&2; return 2
  fi
}

compare() {
  local html=$1 book=$2
  extract html-text.xsl "$html" "$work/html.txt" --html || return 2
  extract docbook-text.xsl "$book" "$work/docbook.txt" || return 2
  if [ ! -s "$work/html.txt" ]; then echo "parity: no text in $html" >&2; return 2; fi
  if diff -u --label "$html" --label "$book" "$work/html.txt" "$work/docbook.txt" >"$work/diff"; then
    echo "same  $html $book ($(wc -l <"$work/html.txt") lines)"
    [ $verbose = 1 ] && cat "$work/html.txt"
    return 0
  fi
  echo "DIFFERS  $html $book"
  cat "$work/diff"
  return 1
}

status=0
if [ $# = 2 ]; then
  compare "$1" "$2" || status=$?
elif [ $# = 1 ] && [ -d "$1" ]; then
  pairs=0
  while IFS= read -r html; do
    book=${html%.html}.xml
    [ -f "$book" ] && grep -q 'http://docbook.org/ns/docbook' "$book" || continue
    pairs=$((pairs + 1))
    compare "$html" "$book" || { s=$?; [ $s -gt $status ] && status=$s; }
  done < <(find "$1" -name '*.html' | LC_ALL=C sort)
  if [ $pairs = 0 ]; then echo "parity: no NAME.html with a DocBook NAME.xml under $1" >&2; status=2; fi
else
  usage
fi
exit $status
