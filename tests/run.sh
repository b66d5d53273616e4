#!/usr/bin/env bash
# lkjip's case-file runner. Each tests/cases/**/*.t file is one case:
#
#   # what the case shows (comment lines, anywhere)
#   %args check --lang en tests/data/bad/x.xml   arguments to lkjip ($TMP, $DATA expand)
#   %exit 1                   expected exit status (default 0)
#   %timeout 2                seconds allowed (default 20)
#   %setup CMD                shell run first, in the repo root, with $TMP set
#   %stdin FILE               standard input (default /dev/null)
#   %grep ERE                 stdout must match (repeatable)
#   %nogrep ERE               stdout must not match (repeatable)
#   %check CMD                shell that must succeed; $OUT, $ERR name the outputs
#   %nonet                    run under strace: any network socket fails the case
#   %release                  run the release binary (timing and memory cases)
#   %stdout                   the rest of the file is the exact expected stdout
#
# A case also fails when a sanitizer reports anything on stderr. The last
# line is "N passed, N failed"; the status is 1 when any case failed.
#
#   tests/run.sh [PATTERN]            run the cases whose path holds PATTERN
#   tests/run.sh --update [PATTERN]   rewrite the %stdout of failing cases with
#                                     what lkjip prints now (review with git diff)
set -u
cd "$(dirname "$0")/.."
LKJIP=${LKJIP:-build/check/lkjip}
LKJIP_RELEASE=${LKJIP_RELEASE:-build/lkjip}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}:exitcode=86
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}:halt_on_error=1:exitcode=87
export LC_ALL=C.UTF-8
unset SOURCE_DATE_EPOCH
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lkjip-tests.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0 failed=0 failures=()
update=0
if [ "${1:-}" = --update ]; then update=1; shift; fi
filter=${1:-}

run_case() {
  local file=$1 name=${1#tests/cases/}
  local args="" expect_exit=0 timeout=20 stdin=/dev/null nonet=0 binary=$LKJIP
  local -a setups=() greps=() nogreps=() checks=()
  local expect_stdout="" have_stdout=0 line
  while IFS= read -r line || [ -n "$line" ]; do
    if [ $have_stdout = 1 ]; then expect_stdout+="$line"$'\n'; continue; fi
    case "$line" in
      '#'*|'') ;;
      '%args '*) args=${line#%args } ;;
      '%exit '*) expect_exit=${line#%exit } ;;
      '%timeout '*) timeout=${line#%timeout } ;;
      '%setup '*) setups+=("${line#%setup }") ;;
      '%stdin '*) stdin=${line#%stdin } ;;
      '%grep '*) greps+=("${line#%grep }") ;;
      '%nogrep '*) nogreps+=("${line#%nogrep }") ;;
      '%check '*) checks+=("${line#%check }") ;;
      '%nonet') nonet=1 ;;
      '%release') binary=$LKJIP_RELEASE ;;
      '%stdout') have_stdout=1 ;;
      *) echo "bad line in $file: $line"; return 1 ;;
    esac
  done < "$file"

  local TMP="$WORK/${name//\//_}"
  mkdir -p "$TMP"
  export TMP DATA=tests/data
  local s
  for s in "${setups[@]}"; do
    if ! bash -c "$s" >"$TMP/setup.log" 2>&1; then
      echo "setup failed: $s"; cat "$TMP/setup.log"; return 1
    fi
  done
  stdin=$(eval "printf '%s' \"$stdin\"")
  local OUT="$TMP/stdout" ERR="$TMP/stderr"
  local -a argv
  eval "argv=($args)"
  local -a prefix=(timeout -k 1 "$timeout")
  if [ $nonet = 1 ]; then
    # LeakSanitizer cannot run under ptrace: a second run under strace,
    # without leak detection, watches the sockets; the first checks leaks.
    ASAN_OPTIONS=$ASAN_OPTIONS:detect_leaks=0 "${prefix[@]}" strace -f -qq -e trace=socket,connect \
      -o "$TMP/strace" "$binary" "${argv[@]}" <"$stdin" >/dev/null 2>&1
  fi
  local status
  "${prefix[@]}" "$binary" "${argv[@]}" <"$stdin" >"$OUT" 2>"$ERR"
  status=$?
  local ok=1
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then
    echo "timed out after ${timeout}s"; ok=0
  elif [ "$status" != "$expect_exit" ]; then
    echo "exit status $status, expected $expect_exit"; ok=0
  fi
  if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$ERR"; then
    echo "sanitizer report:"; head -40 "$ERR"; ok=0
  fi
  expect_stdout=${expect_stdout//'$TMP'/$TMP}
  if [ $have_stdout = 1 ] && ! diff -u <(printf '%s' "$expect_stdout") "$OUT" >"$TMP/diff"; then
    echo "stdout differs:"; head -60 "$TMP/diff"; ok=0
    if [ $update = 1 ]; then
      { sed '/^%stdout$/q' "$file"; sed "s#$TMP#\$TMP#g" "$OUT"; } > "$file.new" && mv "$file.new" "$file"
      echo "updated $file"
    fi
  fi
  local g
  for g in "${greps[@]}"; do
    grep -qE -- "$g" "$OUT" || { echo "stdout lacks /$g/"; ok=0; }
  done
  for g in "${nogreps[@]}"; do
    if grep -qE -- "$g" "$OUT" "$ERR"; then echo "output has /$g/"; ok=0; fi
  done
  for g in "${checks[@]}"; do
    OUT=$OUT ERR=$ERR bash -c "$g" >"$TMP/check.log" 2>&1 || { echo "check failed: $g"; head -20 "$TMP/check.log"; ok=0; }
  done
  if [ $nonet = 1 ] && grep -E 'AF_INET|AF_INET6|connect\(' "$TMP/strace" >"$TMP/net" 2>/dev/null; then
    echo "network activity:"; head -5 "$TMP/net"; ok=0
  fi
  if [ $ok = 0 ]; then
    echo "--- stdout:"; head -20 "$OUT"; echo "--- stderr:"; head -20 "$ERR"
    return 1
  fi
  return 0
}

# The list is read before any case runs, and every case runs with its
# standard input on /dev/null: a command in a case that reads stdin (script,
# ssh, a shell) cannot swallow the rest of the list and skip cases unseen.
mapfile -t case_files < <(find tests/cases -name '*.t' | LC_ALL=C sort)
for file in "${case_files[@]}"; do
  case "$file" in *"$filter"*) ;; *) continue ;; esac
  if out=$(run_case "$file" 2>&1 </dev/null); then
    passed=$((passed + 1)); echo "ok   ${file#tests/cases/}"
  else
    failed=$((failed + 1)); failures+=("$file"); echo "FAIL ${file#tests/cases/}"; printf '%s\n' "$out" | sed 's/^/     /'
  fi
done

# Unit-test binaries (tests/unit/test_*.c, built by make check): each line
# "ok NAME" or "FAIL NAME: why" counts as one case.
for t in ${UNIT_TESTS:-}; do
  name=$(basename "$t")
  case "unit/$name" in *"$filter"*) ;; *) continue ;; esac
  out=$("$t" 2>&1); status=$?
  p=$(printf '%s\n' "$out" | grep -c '^ok ')
  f=$(printf '%s\n' "$out" | grep -c '^FAIL ')
  passed=$((passed + p)); failed=$((failed + f))
  echo "ok   unit/$name: $p checks"
  if [ "$f" -gt 0 ] || [ $status -ne 0 ] || grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' <<<"$out"; then
    [ "$f" -gt 0 ] || failed=$((failed + 1))
    failures+=("unit/$name")
    printf '%s\n' "$out" | grep -vE '^ok ' | sed 's/^/     /' | head -40
  fi
done

if [ $failed -gt 0 ]; then
  echo; echo "failed:"; printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ $failed = 0 ]
