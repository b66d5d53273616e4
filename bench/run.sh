#!/usr/bin/env bash
# bench/run.sh [province|national] — the benchmarks of issues 5 and 13 (make
# bench, make bench-national): lkjip against the plain tools and against its
# own floor on a generated workspace, medians of RUNS runs of wall and CPU
# time (user + sys), peak RSS, the targets met or not; writes its section of
# bench/RESULTS.md and prints it.
#
#   province  bench/gen province (1 provinsi, 10 pemda x 40 OPD): check vs xmllint,
#             check with the cache, build (ir; html; html,docbook; -j1, -j2) vs the
#             plain pipeline (a) cron loop and (b) batched and vs the floor (f), the
#             cores a -j 2 build keeps busy, the stylesheets' instructions per
#             median OPD report (callgrind), a rebuild after touching one file
#   national  bench/gen national (550 pemda x 40 OPD, ~1 GB; NATIONAL_PEMDA=N for
#             the first N pemda): time and peak RSS of check and build
#
# Environment: RUNS (default 3; 1 for national), LKJIP (default build/lkjip),
# BENCH_DIR (generated data and scratch, default build/bench; the data is kept
# and reused while the generator is unchanged), RESULTS (default
# bench/RESULTS.md), NATIONAL_PEMDA (default 550), NATIONAL_FORMATS (the
# national build's formats, default html), CALLGRIND (default 1; 0 skips the
# instruction counts, which take about five minutes).
set -euo pipefail
set_name=${1:-province}
case $set_name in province | national) ;; *) echo "usage: bench/run.sh [province|national]" >&2; exit 2 ;; esac
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "$set_name" = national ]; then runs=${RUNS:-1}; else runs=${RUNS:-3}; fi
bench=${BENCH_DIR:-$here/build/bench}
results=${RESULTS:-$here/bench/RESULTS.md}
xsd=$here/schemas/submission.xsd
plain=$here/bench/plain
pemda=${NATIONAL_PEMDA:-550}
national_formats=${NATIONAL_FORMATS:-html}
callgrind=${CALLGRIND:-1}
command -v valgrind >/dev/null || callgrind=0
for tool in xmllint xsltproc /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make bench installs it)" >&2; exit 2; }
done
mkdir -p "$bench"
bench=$(cd "$bench" && pwd)
work=$bench/work-$set_name
rm -rf "$work"
mkdir -p "$work"
# A snapshot of the binary: the tree may be rebuilt while the benchmark runs.
cp "${LKJIP:-$here/build/lkjip}" "$work/lkjip"
lkjip=$work/lkjip
touched=
cleanup() {
  if [ -n "$touched" ] && [ -f "$work/touched.orig" ]; then cp "$work/touched.orig" "$touched"; fi
  rm -rf "$work"
}
trap cleanup EXIT

say() { printf 'bench: %s\n' "$*" >&2; }

# --- the data ---------------------------------------------------------------
if [ "$set_name" = province ]; then
  gen_args=(province); data=$bench/data-province
else
  gen_args=(national "$pemda"); data=$bench/data-national-$pemda
fi
stamp=$(cat "$here/bench/gen" "$here/bench/gen.awk" "$here"/samples/kab-sukamaju/opd-* \
  "$here/samples/kab-sukamaju/kab-sukamaju.xml" "$here/samples/provinsi/prov-jateng.xml" |
  sha256sum | cut -c1-16)
gen_seconds=
if [ -f "$data.stamp" ] && [ "$(cat "$data.stamp")" = "$stamp" ] && [ -d "$data" ]; then
  say "reusing $data"
  gen_seconds=$(cat "$data.seconds" 2>/dev/null || echo "?")
else
  rm -rf "$data" "$data.stamp"
  say "generating $data (bench/gen ${gen_args[*]})"
  s=$EPOCHREALTIME
  "$here/bench/gen" "${gen_args[0]}" "$data" ${gen_args[1]:+"${gen_args[1]}"} >&2
  gen_seconds=$(awk -v s="$s" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.1f", e - s}')
  echo "$gen_seconds" > "$data.seconds"
  echo "$stamp" > "$data.stamp"
fi
# Submissions, relative to the data folder (short command lines: 22,000
# files fit in one xmllint call), sorted; the two halves alternate.
(cd "$data" && find . -name '*.xml' ! -name lkjip.xml | sed 's|^\./||' | LC_ALL=C sort) > "$work/files"
awk 'NR % 2 == 1' "$work/files" > "$work/half1"
awk 'NR % 2 == 0' "$work/files" > "$work/half2"
nfiles=$(wc -l < "$work/files")
bytes=$(cd "$data" && xargs -a "$work/files" -d '\n' stat -c %s | awk '{s += $1} END {printf "%.0f", s}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')

# --- measuring --------------------------------------------------------------
# measure KEY CMD...: runs CMD RUNS times (after the function named in $PREP,
# if any), in the data folder, its output in $work/KEY.out/.err; T[KEY] is the
# median wall time in seconds, C[KEY] the median CPU time (user + sys, of the
# command and every process it waited for, from /usr/bin/time), M[KEY] the
# highest peak RSS in KiB.
declare -A T C M
median() { sort -n | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}'; }
run_once() { # KEY CMD... -> appends to KEY.t, KEY.c and KEY.m
  local key=$1 s e rc=0
  shift
  s=$EPOCHREALTIME
  (cd "$data" && /usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" > "$work/$key.out" 2> "$work/$key.err") || rc=$?
  e=$EPOCHREALTIME
  if [ $rc != 0 ]; then
    say "$key failed (exit $rc): $*"
    tail -5 "$work/$key.err" >&2
    exit 3
  fi
  awk -v s="$s" -v e="$e" 'BEGIN {printf "%.6f\n", e - s}' >> "$work/$key.t"
  tail -1 "$work/rss" | awk '{print $1}' >> "$work/$key.m"
  tail -1 "$work/rss" | awk '{printf "%.2f\n", $2 + $3}' >> "$work/$key.c"
}
summarise() { # KEY: T, C and M from its runs
  T[$1]=$(median < "$work/$1.t")
  C[$1]=$(median < "$work/$1.c")
  M[$1]=$(sort -n "$work/$1.m" | tail -1)
}
measure() {
  local key=$1 r
  shift
  local cmd="$*"
  [ ${#cmd} -le 200 ] || cmd="${cmd:0:200}…"
  say "$key: $cmd"
  : > "$work/$key.t"
  : > "$work/$key.c"
  : > "$work/$key.m"
  for ((r = 1; r <= runs; r++)); do
    [ -z "${PREP:-}" ] || "$PREP"
    run_once "$key" "$@"
  done
  summarise "$key"
}
# probe KEY CMD...: runs CMD once in the data folder and, every 50 ms until
# it ends, reads each of its threads' /proc/PID/task/TID/schedstat (time on
# a CPU and time waiting for one, in ns). Other processes on a shared
# machine take CPU time from lkjip but do not make it wait for anything
# else: the time its threads were runnable (on a CPU or waiting for one) over
# the wall time is how many cores it keeps busy on a machine of its own.
# P_WALL, P_RUN (s on a CPU), P_WANT (s runnable) and P_SERIAL (s of the
# sampled intervals in which at most about one thread was runnable).
declare -A P_WALL P_RUN P_WANT P_SERIAL
probe() {
  local key=$1 pid s e f tid run wait st want got
  shift
  local -A runs_of wants_of
  say "$key (threads): $*"
  : > "$work/$key.samples"
  s=$EPOCHREALTIME
  (cd "$data" && exec "$@" > "$work/$key.out" 2> "$work/$key.err") &
  pid=$!
  while read -r _ _ st _ 2>/dev/null < "/proc/$pid/stat" && [ "$st" != Z ]; do
    for f in "/proc/$pid/task/"*/schedstat; do
      read -r run wait _ 2>/dev/null < "$f" || continue
      tid=${f%/schedstat}
      tid=${tid##*/}
      runs_of[$tid]=$run
      wants_of[$tid]=$((run + wait))
    done
    want=0
    for tid in "${!wants_of[@]}"; do want=$((want + wants_of[$tid])); done
    echo "$EPOCHREALTIME $want" >> "$work/$key.samples"
    sleep 0.05
  done
  wait "$pid" || { say "$key failed: $*"; tail -5 "$work/$key.err" >&2; exit 3; }
  e=$EPOCHREALTIME
  got=0
  for tid in "${!runs_of[@]}"; do got=$((got + runs_of[$tid])); done
  P_WALL[$key]=$(awk -v s="$s" -v e="$e" 'BEGIN {printf "%.3f", e - s}')
  P_RUN[$key]=$(awk -v n="$got" 'BEGIN {printf "%.3f", n / 1e9}')
  P_WANT[$key]=$(awk -v n="$want" 'BEGIN {printf "%.3f", n / 1e9}')
  P_SERIAL[$key]=$(awk 'NR > 1 && ($2 - w) / 1e9 / ($1 - t) < 1.5 {serial += $1 - t} {t = $1; w = $2}
    END {printf "%.3f", serial}' "$work/$key.samples")
}
# What this lkjip offers, from its help read whole (grep -q on a pipe
# would stop lkjip with SIGPIPE, and pipefail would read that as no).
check_help=$("$lkjip" check --help 2>&1 || true)
build_help=$("$lkjip" build --help 2>&1 || true)
offers() { grep -q -e "$2" <<< "$1"; }
# check FOLDER links the workspace since issue 12; the check rows compare
# validation with validation, so they check each file alone where lkjip can.
no_link=()
offers "$check_help" '--no-link' && no_link=(--no-link)
has_check_cache=0
offers "$check_help" '--cache' && has_check_cache=1
no_cache=()
has_build_no_cache=0
offers "$build_help" '--no-cache' && has_build_no_cache=1
[ $has_check_cache = 1 ] && offers "$check_help" '--no-cache' && no_cache=(--no-cache)

# Helper scripts: the plain pipelines, run from the data folder.
cat > "$work/xmllint-halves.sh" <<EOF
#!/usr/bin/env bash
# Two xmllint processes, one per half.
set -e
mapfile -t a < "$work/half1"; mapfile -t b < "$work/half2"
xmllint --noout --nonet --schema "$xsd" "\${a[@]}" 2> "$work/h1.log" & p=\$!
xmllint --noout --nonet --schema "$xsd" "\${b[@]}" 2> "$work/h2.log"
wait \$p
EOF
# (a) the cron loop: per file, validate then transform, two files at a time.
awk -v o="$work/out-a" '{f = $0; gsub("/", "_", f); sub(/\.xml$/, ".html", f); print $0; print o "/" f}' \
  "$work/files" > "$work/pairs"
cat > "$work/plain-a.sh" <<EOF
#!/usr/bin/env bash
# (a) the cron loop.
rm -rf "$work/out-a"; mkdir -p "$work/out-a"
xargs -a "$work/pairs" -d '\n' -P2 -n2 sh -c \\
  'xmllint --noout --nonet --schema "$xsd" "\$1" 2>/dev/null && xsltproc --nonet "$plain/capaian.xsl" "\$1" > "\$2"' sh
EOF
# (b) batched: per half, one xmllint over its files, then one xsltproc
# (bench/plain/batch.xsl) writing all its outputs; the halves in parallel.
for h in 1 2; do
  awk -v d="$data" -v o="$work/out-b" 'BEGIN {print "<berkas>"}
    {f = $0; gsub("/", "_", f); sub(/\.xml$/, ".html", f); print "<f in=\"" d "/" $0 "\" out=\"" o "/" f "\"/>"}
    END {print "</berkas>"}' "$work/half$h" > "$work/list$h.xml"
done
cat > "$work/plain-b.sh" <<EOF
#!/usr/bin/env bash
# (b) the best of the plain tools.
rm -rf "$work/out-b"; mkdir -p "$work/out-b"
half() {
  mapfile -t f < "$work/half\$1"
  xmllint --noout --nonet --schema "$xsd" "\${f[@]}" 2>/dev/null &&
    xsltproc --nonet "$plain/batch.xsl" "$work/list\$1.xml"
}
half 1 & p=\$!
half 2
wait \$p
EOF
chmod +x "$work"/*.sh

machine() {
  local cpu ram deb xml xslt
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
  ram=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
  deb=$(cat /etc/debian_version 2>/dev/null || echo "?")
  xml=$(dpkg-query -W -f '${Version}' libxml2 2>/dev/null || echo "?")
  xslt=$(dpkg-query -W -f '${Version}' libxslt1.1 2>/dev/null || echo "?")
  printf '%s cores, %s, %s RAM, Debian %s, libxml2 %s, libxslt %s' "$(nproc)" "$cpu" "$ram" "$deb" "$xml" "$xslt"
}
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
version=$("$lkjip" --version 2>&1 | head -1)
commit=$(cd "$here" && git describe --always --dirty 2>/dev/null || echo "?")
started=$(date -u '+%Y-%m-%d %H:%M UTC')
t0=$EPOCHREALTIME

# --- sanity: both sides accept every file -----------------------------------
say "sanity: lkjip check --link and xmllint accept all $nfiles files"
"$lkjip" check --link -q "$data" || { say "lkjip check --link $data reports problems"; exit 3; }
(cd "$data" && mapfile -t f < "$work/files" && xmllint --noout --nonet --schema "$xsd" "${f[@]}" 2>&1 |
  grep -v ' validates$' | head -5) > "$work/xmllint.bad" || true
[ ! -s "$work/xmllint.bad" ] || { say "xmllint rejects:"; cat "$work/xmllint.bad" >&2; exit 3; }

# --- formatting helpers ------------------------------------------------------
f3() { awk -v t="${T[$1]}" 'BEGIN {printf "%.3f", t}'; }
mbs() { awk -v t="${T[$1]}" -v mb="$mb" 'BEGIN {printf "%.1f", mb / t}'; }
rss() { awk -v k="${M[$1]}" 'BEGIN {printf "%.1f", k / 1024}'; }
ratio() { awk -v a="${T[$1]}" -v b="${T[$2]}" 'BEGIN {printf "%.2f×", a / b}'; } # T[1] / T[2]
met() { # met VALUE OP LIMIT (OP: >=, <= or <)
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {ok = op == ">=" ? v >= l : op == "<=" ? v <= l : v < l
    print ok ? "**met**" : "**not met**"}'
}
rval() { awk -v a="${T[$1]}" -v b="${T[$2]}" 'BEGIN {printf "%.4f", a / b}'; }
cpu() { awk -v c="${C[$1]}" 'BEGIN {printf "%.2f", c}'; }
cratio() { awk -v a="${C[$1]}" -v b="${C[$2]}" 'BEGIN {printf "%.2f×", a / b}'; } # C[1] / C[2]
cval() { awk -v a="${C[$1]}" -v b="${C[$2]}" 'BEGIN {printf "%.4f", a / b}'; }
cores() { awk -v c="${C[$1]}" -v t="${T[$1]}" 'BEGIN {printf "%.2f", c / t}'; } # CPU / wall
row() { # row LABEL KEY [vs-key...]: | label | wall | CPU | MB/s | ratios... | RSS |
  local label=$1 key=$2 out
  shift 2
  out="| $label | $(f3 "$key") | $(cpu "$key") | $(mbs "$key") |"
  for v in "$@"; do out="$out $(ratio "$v" "$key") |"; done
  echo "$out $(rss "$key") |"
}

sect=$work/section.md
if [ "$set_name" = province ]; then
  # --- check ------------------------------------------------------------------
  mapfile -t all < "$work/files"
  measure xmllint1 xmllint --noout --nonet --schema "$xsd" "${all[@]}"
  measure xmllint2 "$work/xmllint-halves.sh"
  measure check_j1 "$lkjip" check -q "${no_link[@]}" -j 1 "${no_cache[@]}" "$data"
  measure check_j2 "$lkjip" check -q "${no_link[@]}" -j 2 "${no_cache[@]}" "$data"
  measure check_link "$lkjip" check -q --link -j 2 "${no_cache[@]}" "$data"
  if [ $has_check_cache = 1 ]; then
    rm -rf "$work/check-cache"
    run_once check_cache_first "$lkjip" check -q "${no_link[@]}" -j 2 --cache "$work/check-cache" "$data"
    measure check_cache "$lkjip" check -q "${no_link[@]}" -j 2 --cache "$work/check-cache" "$data"
  fi

  # --- build --------------------------------------------------------------------
  ss=(--stylesheets "$here/stylesheets")
  PREP= measure plain_a "$work/plain-a.sh"
  PREP= measure plain_b "$work/plain-b.sh"
  # (a) and (b) wrote the same bytes.
  cmp_ab=$(cd "$work/out-a" && find . -type f | LC_ALL=C sort | while read -r f; do cmp -s "$f" "$work/out-b/$f" || echo "$f"; done | wc -l)
  n_a=$(find "$work/out-a" -type f | wc -l)
  # The output folder and its state folder (cache, accepted submissions,
  # lock: .out.lkjip beside it; OUT/.lkjip-cache before the state folder).
  clean_out() { rm -rf "$work/out" "$work/.out.lkjip"; }
  # Every build below starts without an output folder and, but for the
  # rebuild pair further down, writes no cache (--no-cache): the targets of
  # issue 13 compare the same work, all of it done each time.
  nc=(); [ $has_build_no_cache = 1 ] && nc=(--no-cache)
  PREP=clean_out measure build_ir_j1 "$lkjip" build -q -j 1 "${nc[@]}" "${ss[@]}" --format ir "$data" -o "$work/out"
  PREP=clean_out measure build_html_j1 "$lkjip" build -q -j 1 "${nc[@]}" "${ss[@]}" --format html "$data" -o "$work/out"
  PREP=clean_out measure build_hd_j1 "$lkjip" build -q -j 1 "${nc[@]}" "${ss[@]}" --format html,docbook "$data" -o "$work/out"
  PREP=clean_out measure build_ir_j2 "$lkjip" build -q -j 2 "${nc[@]}" "${ss[@]}" --format ir "$data" -o "$work/out"
  PREP=clean_out measure build_html_nocache "$lkjip" build -q -j 2 "${nc[@]}" "${ss[@]}" --format html "$data" -o "$work/out"
  PREP=clean_out measure build_hd_j2 "$lkjip" build -q -j 2 "${nc[@]}" "${ss[@]}" --format html,docbook "$data" -o "$work/out"
  # The same -j 2 builds once more, watched thread by thread (probe).
  clean_out
  probe probe_html "$lkjip" build -q -j 2 "${nc[@]}" "${ss[@]}" --format html "$data" -o "$work/out"
  clean_out
  probe probe_hd "$lkjip" build -q -j 2 "${nc[@]}" "${ss[@]}" --format html,docbook "$data" -o "$work/out"
  report_bytes=$(find "$work/out" -name 'lkjip.*' -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s}')
  report_files=$(find "$work/out" -type f ! -name '.*' | wc -l)
  # (f) the floor: libxslt writing, once per submission, in two processes,
  # one unit's finished reports as that build just wrote them, reading and
  # computing nothing (bench/plain/floor.xsl). No XSLT build of these
  # reports beats it. The unit is the one whose reports are nearest the mean
  # size, so that (f) writes about as many bytes as lkjip does (the pemda
  # reports are three times an OPD's: the median would write 5 % less).
  # DocBook charts are inline (lkjip.xml has no chart files beside it), so
  # (f) for html,docbook writes the two files lkjip writes per unit.
  floor_unit=$(find "$work/out" -name lkjip.html -printf '%h\n' | while read -r u; do
      echo "$(( $(stat -c %s "$u/lkjip.html") + $(stat -c %s "$u/lkjip.xml") )) $u"
    done | awk '{size[NR] = $1; unit[NR] = $2; s += $1}
      END {m = s / NR; for (i = 1; i <= NR; i++) {d = size[i] - m; if (d < 0) d = -d; if (!best || d < bd) {best = i; bd = d}}
           print unit[best]}')
  xmllint --html --xmlout --nonet "$floor_unit/lkjip.html" > "$work/floor-report.xml" 2>/dev/null
  cp "$floor_unit/lkjip.xml" "$work/floor-docbook.xml"
  floor_html_kb=$(( $(stat -c %s "$floor_unit/lkjip.html") / 1024 ))
  floor_docbook_kb=$(( $(stat -c %s "$floor_unit/lkjip.xml") / 1024 ))
  floor_name=${floor_unit#"$work/out/"}
  for h in 1 2; do
    awk -v o="$work/out-f" 'BEGIN {print "<berkas>"}
      {f = $0; gsub("/", "_", f); sub(/\.xml$/, "", f); print "<f out=\"" o "/" f "\"/>"}
      END {print "</berkas>"}' "$work/half$h" > "$work/flist$h.xml"
  done
  cat > "$work/floor.sh" <<EOF
#!/usr/bin/env bash
# (f) the floor: \$1 = html or html,docbook.
rm -rf "$work/out-f"; mkdir -p "$work/out-f"
db=(); [ "\$1" = html ] || db=(--stringparam docbook "$work/floor-docbook.xml")
xsltproc --nonet --stringparam html "$work/floor-report.xml" "\${db[@]}" "$plain/floor.xsl" "$work/flist1.xml" & p=\$!
xsltproc --nonet --stringparam html "$work/floor-report.xml" "\${db[@]}" "$plain/floor.xsl" "$work/flist2.xml"
wait \$p
EOF
  chmod +x "$work/floor.sh"
  PREP= measure floor_html "$work/floor.sh" html
  PREP= measure floor_hd "$work/floor.sh" html,docbook
  floor_files=$(find "$work/out-f" -type f | wc -l)
  floor_bytes=$(find "$work/out-f" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s}')
  # What no XSLT build can beat: validating (two xmllint processes) plus
  # (f), in wall time and in CPU time.
  for f in floor_html floor_hd; do
    T[${f}_v]=$(awk -v a="${T[xmllint2]}" -v b="${T[$f]}" 'BEGIN {printf "%.6f", a + b}')
    C[${f}_v]=$(awk -v a="${C[xmllint2]}" -v b="${C[$f]}" 'BEGIN {printf "%.2f", a + b}')
  done

  # --- the stylesheets' instructions per median OPD report (callgrind) -------
  # The presented document of the OPD of median size (build --format present
  # writes it as present.xml) through each stylesheet with xsltproc; only
  # xsltApplyStylesheetUser counts (not parsing or writing). present.xml is
  # indented, and the indentation adds whitespace nodes that lkjip's own
  # document does not have (the stylesheets strip them, or copy them inside
  # the charts), so the same transforms are also counted inside lkjip: a -j 1
  # build of the provinsi and the OPD's whole pemda, whose reports read as in
  # the province (checked), each transform its own callgrind part
  # (--dump-after), the parts matched to the reports in the order written.
  declare -A I
  if [ "$callgrind" = 1 ]; then
    rm -rf "$work/present"
    (cd "$data" && "$lkjip" build -q -j 2 "${nc[@]}" "${ss[@]}" --format present "$data" -o "$work/present")
    cg_present=$(find "$work/present" -mindepth 3 -name present.xml -printf '%s %p\n' | sort -n |
      awk '{a[NR] = $2} END {print a[int((NR + 1) / 2)]}')
    cg_unit=${cg_present#"$work/present/"}
    cg_unit=${cg_unit%/present.xml}
    cg_kb=$(( $(stat -c %s "$cg_present") / 1024 ))
    for sheet in html docbook; do
      say "callgrind: xsltproc stylesheets/lkjip-$sheet.xsl $cg_unit/present.xml"
      valgrind --tool=callgrind --callgrind-out-file="$work/cg-$sheet.out" --toggle-collect=xsltApplyStylesheetUser \
        xsltproc --nonet --stringparam lang id "$here/stylesheets/lkjip-$sheet.xsl" "$cg_present" \
        > "$work/cg-$sheet.result" 2> "$work/cg-$sheet.log"
      I[$sheet]=$(awk '/^(summary|totals):/ {print $2; exit}' "$work/cg-$sheet.out")
    done
    # Inside lkjip: the provinsi file and the OPD's pemda folder.
    cg_pemda=${cg_unit%%/*}
    cg_pemda_dir=$(cd "$data" && find . -mindepth 2 -maxdepth 2 -type d -name "$cg_pemda" | head -1)
    cg_pemda_dir=${cg_pemda_dir#./}
    cg_prov_dir=$(dirname "$cg_pemda_dir")
    rm -rf "$work/cg-ws"
    mkdir -p "$work/cg-ws/$cg_prov_dir"
    cp "$data/lkjip.xml" "$work/cg-ws/"
    cp "$data/$cg_prov_dir"/*.xml "$work/cg-ws/$cg_prov_dir/"
    cp -r "$data/$cg_pemda_dir" "$work/cg-ws/$cg_pemda_dir"
    # The whole builds too (every instruction of lkjip, -j 1 --no-cache):
    # their ratios are those of the CPU targets, counted instead of timed,
    # so the load of a shared machine does not move them. The html,docbook
    # build is dumped on entering and on leaving each transform: part 2k is
    # the k-th transform, and goes with the k-th report written (-j 1: one
    # at a time, each taking most of a second under valgrind).
    cg_total() { # KEY: the instructions of every part of its run
      cat "$work/cg-$1/part"* | awk '/^summary:/ {s += $2} END {printf "%.0f", s}'
    }
    for f in ir html html,docbook; do
      key=${f/,/_}
      rm -rf "$work/cg-$key" "$work/cg-out" "$work/.cg-out.lkjip"
      mkdir -p "$work/cg-$key"
      dumps=()
      [ "$f" = html,docbook ] && dumps=(--dump-before=xsltApplyStylesheetUser --dump-after=xsltApplyStylesheetUser)
      say "callgrind: lkjip build -j 1 --no-cache --format $f over $cg_prov_dir and $cg_pemda_dir"
      valgrind --tool=callgrind --callgrind-out-file="$work/cg-$key/part" "${dumps[@]}" \
        "$lkjip" build -q -j 1 "${nc[@]}" "${ss[@]}" --format "$f" "$work/cg-ws" -o "$work/cg-out" \
        > "$work/cg-$key.log" 2>&1
      I[total_$key]=$(cg_total "$key")
    done
    cg_units=$(find "$work/cg-out" -name lkjip.html | wc -l)
    # Validation and the floor counted too, over the same submissions: the
    # floor target once more, counted instead of timed.
    (cd "$work/cg-ws" && find . -name '*.xml' ! -name lkjip.xml | LC_ALL=C sort) > "$work/cg-files"
    mapfile -t cg_files < "$work/cg-files"
    rm -rf "$work/cg-valid" "$work/cg-floor_html" "$work/cg-floor_hd" "$work/cg-f"
    mkdir -p "$work/cg-valid" "$work/cg-floor_html" "$work/cg-floor_hd" "$work/cg-f"
    say "callgrind: xmllint --schema over the same ${#cg_files[@]} submissions, then (f)"
    (cd "$work/cg-ws" && valgrind --tool=callgrind --callgrind-out-file="$work/cg-valid/part" \
      xmllint --noout --nonet --schema "$xsd" "${cg_files[@]}" > "$work/cg-valid.log" 2>&1)
    I[total_valid]=$(cg_total valid)
    awk -v o="$work/cg-f" 'BEGIN {print "<berkas>"}
      {f = $0; sub(/^\.\//, "", f); gsub("/", "_", f); sub(/\.xml$/, "", f); print "<f out=\"" o "/" f "\"/>"}
      END {print "</berkas>"}' "$work/cg-files" > "$work/cg-flist.xml"
    for k in floor_html floor_hd; do
      db=(); [ $k = floor_html ] || db=(--stringparam docbook "$work/floor-docbook.xml")
      valgrind --tool=callgrind --callgrind-out-file="$work/cg-$k/part" \
        xsltproc --nonet --stringparam html "$work/floor-report.xml" "${db[@]}" "$plain/floor.xsl" "$work/cg-flist.xml" \
        > "$work/cg-$k.log" 2>&1
      I[total_$k]=$(cg_total "$k")
    done
    find "$work/cg-out" -name 'lkjip.*' -printf '%T@ %P\n' | sort -n | awk '{print $2}' > "$work/cg-order"
    for sheet in html docbook; do
      ext=html; [ $sheet = html ] || ext=xml
      n=$(grep -n -x -F "$cg_unit/lkjip.$ext" "$work/cg-order" | cut -d: -f1)
      I[${sheet}_lkjip]=$(awk '/^(summary|totals):/ {print $2; exit}' "$work/cg-html_docbook/part.$((2 * n))" 2>/dev/null || echo 0)
    done
    # The OPD's reports within its pemda alone read as in the whole province
    # (the html,docbook build the floor took its unit from).
    cg_sub_same=yes
    for ext in html xml; do
      cmp -s "$work/cg-out/$cg_unit/lkjip.$ext" "$work/out/$cg_unit/lkjip.$ext" || cg_sub_same=no
    done
  fi

  # Full build (html, -j 2, from nothing: no output folder, no cache), then a
  # rebuild after one OPD file changed one realisasi value, RUNS times.
  touched_rel=$(grep -m1 '/opd-dinkes\.xml$' "$work/files")
  touched=$data/$touched_rel
  cp -p "$touched" "$work/touched.orig"
  opd_id=$(grep -m1 -o '<unit id="[^"]*"' "$touched" | cut -d'"' -f2)
  touch_one() { # the first realisasi value of the indicators, plus 1
    awk '!done && /<(bulan|triwulan|tahunan) [^>]*nilai="/ {
      i = index($0, "nilai=\""); rest = substr($0, i + 7); v = substr(rest, 1, index(rest, "\"") - 1)
      d = index(v, ".") ? length(v) - index(v, ".") : 0
      $0 = substr($0, 1, i + 6) sprintf("%." d "f", v + 1) substr(rest, index(rest, "\"")); done = 1 }
      {print}' "$work/touched.orig" > "$touched"
  }
  # Two rebuilds follow each full build: the first (rebuild_first) has no
  # spare tree yet (the full build had no previous one to keep), the second
  # (rebuild, the file changed back) is every nightly run after: the tree
  # published before is the spare it brings up to date.
  for k in build_html_j2 rebuild_first rebuild; do : > "$work/$k.t"; : > "$work/$k.c"; : > "$work/$k.m"; done
  say "build_html_j2 + rebuild_first + rebuild: $lkjip build -q -j 2 --format html, then again after touching $touched, and after changing it back"
  report_changed=no
  report_back=no
  cache_seen=no
  for ((r = 1; r <= runs; r++)); do
    cp -p "$work/touched.orig" "$touched"
    clean_out
    run_once build_html_j2 "$lkjip" build -q -j 2 "${ss[@]}" --format html "$data" -o "$work/out"
    [ -d "$work/out/.lkjip-cache" ] || [ -d "$work/.out.lkjip/cache" ] && cache_seen=yes
    before=$(find "$work/out" -path "*/$opd_id/lkjip.html" -exec md5sum {} + | cut -d' ' -f1)
    touch_one
    run_once rebuild_first "$lkjip" build -q -j 2 "${ss[@]}" --format html "$data" -o "$work/out"
    after=$(find "$work/out" -path "*/$opd_id/lkjip.html" -exec md5sum {} + | cut -d' ' -f1)
    [ -n "$before" ] && [ "$before" != "$after" ] && report_changed=yes
    cp -p "$work/touched.orig" "$touched"
    touch "$touched" # a new mtime: the file is read, as an edited one would be
    run_once rebuild "$lkjip" build -q -j 2 "${ss[@]}" --format html "$data" -o "$work/out"
    back=$(find "$work/out" -path "*/$opd_id/lkjip.html" -exec md5sum {} + | cut -d' ' -f1)
    [ -n "$before" ] && [ "$before" = "$back" ] && report_back=yes
  done
  cp -p "$work/touched.orig" "$touched"
  touched=
  for k in build_html_j2 rebuild_first rebuild; do summarise "$k"; done
  reports=$(find "$work/out" -name lkjip.html | wc -l)
  elapsed=$(awk -v s="$t0" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.0f", e - s}')
  load_end=$(cut -d' ' -f1-3 /proc/loadavg)

  # --- the section ----------------------------------------------------------
  mi() { awk -v n="${I[$1]:-0}" 'BEGIN {if (n > 0) printf "%.1f M", n / 1e6; else printf "n/a"}'; }
  ix() { awk -v a="${I[total_$1]:-0}" -v b="${I[total_ir]:-1}" 'BEGIN {printf "%.2f×", a / b}'; } # instructions / ir's
  probe_cores() { awk -v w="${P_WANT[$1]}" -v t="${P_WALL[$1]}" 'BEGIN {printf "%.2f", w / t}'; }
  probe_used() { awk -v r="${P_RUN[$1]}" -v t="${P_WALL[$1]}" 'BEGIN {printf "%.2f", r / t}'; }
  {
    echo "## Province set"
    echo
    echo "Run of $started, $runs run(s) each (median wall and CPU time, highest peak RSS), $elapsed s in all."
    echo
    echo "- Machine: $(machine); load average at the start: $load_start, at the end: $load_end."
    echo "- lkjip: $version, tree $commit."
    echo "- Data: \`bench/gen province\` — 1 provinsi, 10 pemda × 40 OPD: $nfiles submissions, $mb MB"
    echo "  (+ lkjip.xml), generated in ${gen_seconds} s; \`lkjip check --link\`: 0 errors, 0 warnings."
    echo "- CPU time is user + sys from \`/usr/bin/time -f '%U %S'\` (the command and every process it waited"
    echo "  for); wall time from the shell's clock. On a shared machine both move with the load (CPU time too:"
    echo "  $(cpu build_ir_j1) s for \`--format ir -j 1\` here, $(cpu build_ir_j2) s for the same work at \`-j 2\`); the"
    echo "  instruction counts (callgrind) do not, and stand beside the timed ratios."
    echo
    echo "### Targets of issue 13 (one report, drawn once)"
    echo
    echo "| target | measured | |"
    echo "|---|---|---|"
    for k in html:html:3.5 hd:html_docbook:5; do
      IFS=: read -r short cg limit <<< "$k"
      [ "$short" = html ] && name=html || name=html,docbook
      v=$(cval "build_${short}_j1" build_ir_j1)
      line="| \`build --format $name\` ≤ ${limit}× the CPU of \`--format ir\` (\`-j 1 --no-cache\`) | CPU $(cratio "build_${short}_j1" build_ir_j1) ($(cpu "build_${short}_j1") s / $(cpu build_ir_j1) s; wall $(ratio "build_${short}_j1" build_ir_j1))"
      if [ "$callgrind" = 1 ]; then
        iv=$(awk -v a="${I[total_$cg]}" -v b="${I[total_ir]}" 'BEGIN {printf "%.4f", a / b}')
        echo "$line; instructions $(ix "$cg") | CPU $(met "$v" "<=" "$limit"); instructions $(met "$iv" "<=" "$limit") |"
      else
        echo "$line | $(met "$v" "<=" "$limit") |"
      fi
    done
    for k in html hd; do
      [ $k = html ] && name=html || name=html,docbook
      [ $k = html ] && timed=build_html_nocache || timed=build_hd_j2
      v=$(probe_cores probe_$k)
      echo "| \`-j 2\` keeps both cores busy (≥ 1.8 runnable): \`$name\` | $v cores runnable; CPU / wall $(cores $timed) (timed runs), $(probe_used probe_$k) (probe run) | $(met "$v" ">=" 1.8) |"
    done
    for k in html:build_html_nocache:floor_html:2.5 hd:build_hd_j2:floor_hd:2; do
      IFS=: read -r short timed fl limit <<< "$k"
      [ "$short" = html ] && name=html || name=html,docbook
      [ "$short" = html ] && cg=html || cg=html_docbook
      v=$(cval "$timed" "${fl}_v")
      line="| \`build --format $name -j 2\` ≤ ${limit}× (f) + validation | CPU $(cratio "$timed" "${fl}_v") ($(cpu "$timed") s / $(cpu "${fl}_v") s; wall $(ratio "$timed" "${fl}_v"))"
      if [ "$callgrind" = 1 ]; then
        iv=$(awk -v a="${I[total_$cg]}" -v v="${I[total_valid]}" -v f="${I[total_$fl]}" 'BEGIN {printf "%.4f", a / (v + f)}')
        echo "$line; instructions $(awk -v x="$iv" 'BEGIN {printf "%.2f×", x}') | CPU $(met "$v" "<=" "$limit"); instructions $(met "$iv" "<=" "$limit") |"
      else
        echo "$line | $(met "$v" "<=" "$limit") |"
      fi
    done
    if [ "$callgrind" = 1 ]; then
      echo "| HTML stylesheet ≤ 30 M instructions per median OPD report (callgrind) | $(mi html) with xsltproc over present.xml; $(mi html_lkjip) inside lkjip | $(met "${I[html]}" "<=" 30000000) / $(met "${I[html_lkjip]}" "<=" 30000000) |"
    else
      echo "| HTML stylesheet ≤ 30 M instructions per median OPD report (callgrind) | n/a (CALLGRIND=0 or no valgrind) | not measured |"
    fi
    echo "| national set: \`build --format html\` time, peak RSS < 256 MB | see the national sections | |"
    echo
    echo "### Build side by side: \`-j 1 --no-cache\`"
    echo
    echo "| command | wall (s) | CPU (s) | CPU / ir | wall / ir | peak RSS (MB) |"
    echo "|---|---:|---:|---:|---:|---:|"
    for k in build_ir_j1:ir build_html_j1:html build_hd_j1:html,docbook; do
      echo "| \`lkjip build -q -j 1 --no-cache --format ${k#*:}\` | $(f3 "${k%%:*}") | $(cpu "${k%%:*}") | $(cratio "${k%%:*}" build_ir_j1) | $(ratio "${k%%:*}" build_ir_j1) | $(rss "${k%%:*}") |"
    done
    if [ "$callgrind" = 1 ]; then
      echo
      echo "The same builds counted instead of timed (callgrind, every instruction of lkjip and the libraries):"
      echo "over the provinsi and the pemda of the median OPD below ($cg_units units), where the load of"
      echo "a shared machine cannot move the figures. Under valgrind nettle's SHA-256 runs without the SHA"
      echo "instructions, so hashing the files written counts for more than it costs natively."
      echo
      echo "| command | instructions | / ir |"
      echo "|---|---:|---:|"
      for k in ir:ir html:html html_docbook:html,docbook; do
        echo "| \`lkjip build -q -j 1 --no-cache --format ${k#*:}\` | $(awk -v n="${I[total_${k%%:*}]}" 'BEGIN {printf "%.2f G", n / 1e9}') | $(ix "${k%%:*}") |"
      done
    fi
    echo
    echo "### \`-j 2\`: the cores a build keeps busy"
    echo
    echo "| command | wall (s) | CPU (s) | cores used (CPU / wall) | peak RSS (MB) |"
    echo "|---|---:|---:|---:|---:|"
    for k in build_ir_j2:ir build_html_nocache:html build_hd_j2:html,docbook; do
      echo "| \`lkjip build -q -j 2 --no-cache --format ${k#*:}\` | $(f3 "${k%%:*}") | $(cpu "${k%%:*}") | $(cores "${k%%:*}") | $(rss "${k%%:*}") |"
    done
    echo
    echo "The same html and html,docbook builds once more, each thread's \`/proc/PID/task/TID/schedstat\`"
    echo "read every 50 ms: time on a CPU, and time runnable (on a CPU or waiting for one). Other processes"
    echo "take CPU time from lkjip but cannot make it wait for anything else, so runnable time over wall time"
    echo "is how many cores the build keeps busy on a machine of its own:"
    echo
    echo "| command | wall (s) | on a CPU (s) | runnable (s) | cores used | cores runnable | intervals with ≤ 1 thread runnable |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    for k in probe_html:html probe_hd:html,docbook; do
      pk=${k%%:*}
      serial_pct=$(awk -v s="${P_SERIAL[$pk]}" -v t="${P_WALL[$pk]}" 'BEGIN {printf "%.0f %%", s / t * 100}')
      echo "| \`lkjip build -q -j 2 --no-cache --format ${k#*:}\` | ${P_WALL[$pk]} | ${P_RUN[$pk]} | ${P_WANT[$pk]} | $(probe_used "$pk") | $(probe_cores "$pk") | ${P_SERIAL[$pk]} s ($serial_pct of the wall time) |"
    done
    echo
    echo "### Against the floor (f)"
    echo
    echo "(f) is libxslt (\`bench/plain/floor.xsl\`, two xsltproc processes over the two halves) writing one"
    echo "unit's finished reports once per submission, reading and computing nothing: what the output"
    echo "alone costs. The unit is \`$floor_name\`, the one whose reports are nearest the mean size (HTML"
    echo "$floor_html_kb KB, DocBook $floor_docbook_kb KB with its charts inline), so (f) writes about as many bytes as lkjip:"
    echo "$(awk -v f="$floor_bytes" 'BEGIN {printf "%.1f", f / 1e6}') MB in $floor_files files for html,docbook against lkjip's $(awk -v f="$report_bytes" 'BEGIN {printf "%.1f", f / 1e6}') MB in $report_files files."
    echo "Validation is the two xmllint processes over the halves."
    echo
    echo "| command | wall (s) | CPU (s) | peak RSS (MB) |"
    echo "|---|---:|---:|---:|"
    echo "| validation: xmllint --schema, 2 processes | $(f3 xmllint2) | $(cpu xmllint2) | $(rss xmllint2) |"
    echo "| (f) html | $(f3 floor_html) | $(cpu floor_html) | $(rss floor_html) |"
    echo "| (f) html + docbook | $(f3 floor_hd) | $(cpu floor_hd) | $(rss floor_hd) |"
    echo "| validation + (f) html | $(f3 floor_html_v) | $(cpu floor_html_v) | |"
    echo "| validation + (f) html + docbook | $(f3 floor_hd_v) | $(cpu floor_hd_v) | |"
    echo "| lkjip build -q -j 2 --no-cache --format html: × (validation + (f)) | $(f3 build_html_nocache) ($(ratio build_html_nocache floor_html_v)) | $(cpu build_html_nocache) ($(cratio build_html_nocache floor_html_v)) | $(rss build_html_nocache) |"
    echo "| lkjip build -q -j 2 --no-cache --format html,docbook: × (validation + (f)) | $(f3 build_hd_j2) ($(ratio build_hd_j2 floor_hd_v)) | $(cpu build_hd_j2) ($(cratio build_hd_j2 floor_hd_v)) | $(rss build_hd_j2) |"
    if [ "$callgrind" = 1 ]; then
      echo
      echo "Counted instead of timed (callgrind) over the $cg_units submissions of the instruction counts above:"
      echo "xmllint over them in one process, (f) writing the same unit's reports once per submission."
      echo
      echo "| command | instructions | lkjip html × | lkjip html,docbook × |"
      echo "|---|---:|---:|---:|"
      gi() { awk -v n="${I[total_$1]}" 'BEGIN {printf "%.2f G", n / 1e9}'; }
      echo "| validation: xmllint --schema | $(gi valid) | | |"
      echo "| (f) html | $(gi floor_html) | | |"
      echo "| (f) html + docbook | $(gi floor_hd) | | |"
      echo "| validation + (f) | | $(awk -v a="${I[total_html]}" -v v="${I[total_valid]}" -v f="${I[total_floor_html]}" 'BEGIN {printf "%.2f G: %.2f×", (v + f) / 1e9, a / (v + f)}') | $(awk -v a="${I[total_html_docbook]}" -v v="${I[total_valid]}" -v f="${I[total_floor_hd]}" 'BEGIN {printf "%.2f G: %.2f×", (v + f) / 1e9, a / (v + f)}') |"
    fi
    echo
    echo "### The stylesheets' instructions per median OPD report (callgrind)"
    echo
    if [ "$callgrind" = 1 ]; then
      echo "The OPD of median presented size: \`$cg_unit\` (present.xml $cg_kb KB, the median of the"
      echo "$(find "$work/present" -mindepth 3 -name present.xml | wc -l) OPD units). Only \`xsltApplyStylesheetUser\` is counted: the transform, not parsing"
      echo "the stylesheet or the document, nor writing the result."
      echo
      echo "| stylesheet | xsltproc over present.xml | inside lkjip (same document, no indentation) | target |"
      echo "|---|---:|---:|---|"
      echo "| \`lkjip-html.xsl\` | $(mi html) | $(mi html_lkjip) | ≤ 30 M |"
      echo "| \`lkjip-docbook.xsl\` | $(mi docbook) | $(mi docbook_lkjip) | |"
      echo
      echo "present.xml is written indented; the indentation is whitespace the stylesheets strip, or copy"
      echo "inside the charts, which lkjip's own presented document does not have. Inside lkjip, the build"
      echo "of \`$cg_prov_dir\` and \`$cg_pemda_dir\` alone writes this OPD's reports as the province build does:"
      echo "$cg_sub_same."
      echo
      echo '```sh'
      echo "lkjip build -q --no-cache --format present DATA -o PRESENT"
      echo "valgrind --tool=callgrind --toggle-collect=xsltApplyStylesheetUser \\"
      echo "  xsltproc --nonet --stringparam lang id stylesheets/lkjip-html.xsl PRESENT/$cg_unit/present.xml > /dev/null"
      echo "# the same with stylesheets/lkjip-docbook.xsl; inside lkjip (WS: lkjip.xml, $cg_prov_dir/*.xml, $cg_pemda_dir/):"
      echo "valgrind --tool=callgrind --dump-before=xsltApplyStylesheetUser --dump-after=xsltApplyStylesheetUser \\"
      echo "  lkjip build -q -j 1 --no-cache --format html,docbook WS -o OUT   # part 2N: the Nth report written"
      echo "valgrind --tool=callgrind lkjip build -q -j 1 --no-cache --format ir|html WS -o OUT   # the totals"
      echo '```'
    else
      echo "Not measured (CALLGRIND=0, or valgrind is missing)."
    fi
    echo
    echo "### Targets of issue 5 (against the plain tools)"
    echo
    echo "| target | measured | |"
    echo "|---|---|---|"
    v=$(rval xmllint1 check_j2); echo "| \`check -j 2\` ≥ 1.5× one xmllint | $(ratio xmllint1 check_j2) | $(met "$v" ">=" 1.5) |"
    v=$(rval xmllint1 check_j1); echo "| \`check -j 1\` no slower than one xmllint (≥ 1×) | $(ratio xmllint1 check_j1) | $(met "$v" ">=" 1) |"
    if [ $has_check_cache = 1 ]; then
      v=$(rval xmllint1 check_cache); echo "| second \`check --cache\` ≥ 10× one xmllint | $(ratio xmllint1 check_cache) | $(met "$v" ">=" 10) |"
    else
      echo "| second \`check --cache\` ≥ 10× one xmllint | n/a (no --cache yet) | not measured |"
    fi
    v=$(rval plain_a build_html_j2); echo "| \`build --format html\` ≥ 4× (a) the cron loop | $(ratio plain_a build_html_j2) (floor: $(ratio plain_a floor_html_v)) | $(met "$v" ">=" 4) |"
    v=$(rval plain_b build_html_j2); echo "| \`build --format html\` ≥ 1.5× (b) the batched plain tools | $(ratio plain_b build_html_j2) (floor: $(ratio plain_b floor_html_v)) | $(met "$v" ">=" 1.5) |"
    v=$(rval plain_a build_hd_j2); echo "| \`build --format html,docbook\` ≥ 2.5× (a) | $(ratio plain_a build_hd_j2) (floor: $(ratio plain_a floor_hd_v)) | $(met "$v" ">=" 2.5) |"
    v=$(awk -v a="${T[rebuild]}" -v b="${T[build_html_j2]}" 'BEGIN {printf "%.4f", a / b}')
    pct=$(awk -v v="$v" 'BEGIN {printf "%.1f %%", v * 100}')
    cache_note=" (build cache written: $cache_seen)"
    first=$(awk -v a="${T[rebuild_first]}" -v b="${T[build_html_j2]}" 'BEGIN {printf "%.1f %%", a / b * 100}')
    echo "| rebuild after touching one file < 5 % of the full build (the nightly case) | $pct$cache_note; the first rebuild after a clean build: $first | $(met "$v" "<" 0.05) |"
    echo "| peak RSS on the national set < 256 MB | see the national section | |"
    echo
    echo "Issue 5 withdrew its three build targets (issue 13: they compare a full LKjIP with a 13 KB table);"
    echo "they stay here for comparison. Ratios are speed-ups in wall time: the other command's time divided"
    echo "by lkjip's (above 1× lkjip is faster). lkjip runs with 2 threads (\`-j 2\`, its default on this"
    echo "machine) unless the row says \`-j 1\`."
    echo
    echo "### Check: $nfiles files, $mb MB"
    echo
    echo "| command | wall (s) | CPU (s) | MB/s | speed-up vs one xmllint | peak RSS (MB) |"
    echo "|---|---:|---:|---:|---:|---:|"
    row "xmllint --schema, 1 process" xmllint1 xmllint1
    row "xmllint --schema, 2 processes (halves; RSS of the larger)" xmllint2 xmllint1
    row "lkjip check ${no_link[*]} -j 1" check_j1 xmllint1
    row "lkjip check ${no_link[*]} -j 2" check_j2 xmllint1
    row "lkjip check --link -j 2 (also links the workspace)" check_link xmllint1
    if [ $has_check_cache = 1 ]; then
      row "lkjip check ${no_link[*]} --cache, second run, -j 2" check_cache xmllint1
    else
      echo "| lkjip check --cache, second run | n/a (no --cache yet) | | | | |"
    fi
    echo
    echo "### Build: $nfiles submissions → $reports LKjIP reports"
    echo
    echo "| command | wall (s) | CPU (s) | input MB/s | speed-up vs (a) | speed-up vs (b) | peak RSS (MB) |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    row "(a) cron loop: xmllint + xsltproc capaian.xsl per file, 2 at a time (RSS: largest process)" plain_a plain_a plain_b
    row "(b) batched: 2 halves in parallel, each 1 xmllint + 1 xsltproc (RSS: larger half)" plain_b plain_a plain_b
    row "lkjip build --format ir -j 1 --no-cache (everything but the report)" build_ir_j1 plain_a plain_b
    row "lkjip build --format ir -j 2 --no-cache" build_ir_j2 plain_a plain_b
    row "lkjip build --format html -j 1 --no-cache" build_html_j1 plain_a plain_b
    row "lkjip build --format html -j 2 (writes the cache)" build_html_j2 plain_a plain_b
    row "lkjip build --format html -j 2 --no-cache" build_html_nocache plain_a plain_b
    row "lkjip build --format html,docbook -j 1 --no-cache" build_hd_j1 plain_a plain_b
    row "lkjip build --format html,docbook -j 2 --no-cache" build_hd_j2 plain_a plain_b
    row "lkjip rebuild after one OPD file changed (html, -j 2), nightly: the tree before kept as the spare" rebuild plain_a plain_b
    row "lkjip rebuild after one OPD file changed, the first after a clean build (no spare yet)" rebuild_first plain_a plain_b
    row "(f) floor: libxslt writing one finished LKjIP (html, $floor_html_kb KB) $nfiles times, 2 processes, nothing read or computed" floor_html plain_a plain_b
    row "(f) floor, html + docbook (+ $floor_docbook_kb KB, charts inline)" floor_hd plain_a plain_b
    echo
    awk -v ir="${C[build_ir_j1]}" -v h="${C[build_html_j1]}" -v hd="${C[build_hd_j1]}" 'BEGIN {
      printf "Where the CPU time goes (`-j 1`): `--format ir` (load, validate, rules, read, link, measure, lower,\n"
      printf "write the IR) takes %.2f s; presenting and the stylesheets take the rest: %.0f %% of html, %.0f %% of\n", ir, (h - ir) / h * 100, (hd - ir) / hd * 100
      printf "html,docbook.\n\n" }'
    echo "(f) wrote $floor_files files (expected: $nfiles × 2 = $((nfiles * 2)))."
    echo "(a) and (b) wrote $n_a HTML files; $cmp_ab of them differ between (a) and (b) (expected: 0)."
    echo "The rebuild changed one realisasi value of \`$touched_rel\`;"
    echo "its unit's report changed: $report_changed (and was the full build's again after the change back: $report_back)."
    echo "Each full build starts without an output folder (so without a cache or a spare tree); the first"
    echo "rebuild follows it, then the file is changed back and the nightly rebuild follows that one, with the"
    echo "tree published before kept as its spare (docs/cron.md)."
    echo
    echo "### Commands"
    echo
    echo '```sh'
    echo "bench/gen province DATA            # then, in DATA (FILES: the $nfiles submissions, sorted)"
    echo "xmllint --noout --nonet --schema schemas/submission.xsd FILES"
    echo "xmllint ... HALF1 & xmllint ... HALF2   # alternate files"
    echo "lkjip check -q ${no_link[*]} -j N ${no_cache[*]} DATA"
    echo "lkjip check -q --link -j 2 ${no_cache[*]} DATA"
    [ $has_check_cache = 1 ] && echo "lkjip check -q ${no_link[*]} -j 2 --cache CACHE DATA   # once to fill CACHE, then timed"
    echo "# (a) per file, 2 at a time:"
    echo "xargs -P2 -n2 sh -c 'xmllint --noout --nonet --schema schemas/submission.xsd \"\$1\" && xsltproc --nonet bench/plain/capaian.xsl \"\$1\" > \"\$2\"' sh"
    echo "# (b) per half, both halves at once:"
    echo "xmllint --noout --nonet --schema schemas/submission.xsd HALF && xsltproc --nonet bench/plain/batch.xsl HALF-LIST.xml"
    echo "# (f) the floor, per half, both halves at once (R: the unit's HTML report in XML form, D: its DocBook):"
    echo "xsltproc --nonet --stringparam html R [--stringparam docbook D] bench/plain/floor.xsl HALF-LIST.xml"
    echo "# each timed with /usr/bin/time -f '%M %U %S' (peak RSS, user and sys CPU):"
    echo "lkjip build -q -j N --no-cache --format ir|html|html,docbook DATA -o OUT   # OUT and .OUT.lkjip removed before each run"
    echo "lkjip build -q -j 2 --format html DATA -o OUT   # with the cache, then the rebuild:"
    echo "# change one realisasi value of one OPD file, then the same build into the same OUT (the first rebuild);"
    echo "# change it back, then the same build again (the nightly rebuild: the tree before is the spare)"
    echo '```'
  } > "$sect"
else
  # --- national: time and memory of check and build ---------------------------
  mapfile -t all < "$work/files"
  measure xmllint1 xmllint --noout --nonet --schema "$xsd" "${all[@]}"
  measure check_j2 "$lkjip" check -q "${no_link[@]}" -j 2 "${no_cache[@]}" "$data"
  measure check_link "$lkjip" check -q --link -j 2 "${no_cache[@]}" "$data"
  ss=(--stylesheets "$here/stylesheets")
  # The output folder and its state folder (cache, accepted submissions,
  # lock: .out.lkjip beside it; OUT/.lkjip-cache before the state folder).
  clean_out() { rm -rf "$work/out" "$work/.out.lkjip"; }
  PREP=clean_out measure build_ir "$lkjip" build -q -j 2 "${ss[@]}" --format ir "$data" -o "$work/out"
  PREP=clean_out measure build_fmt "$lkjip" build -q -j 2 "${ss[@]}" --format "$national_formats" "$data" -o "$work/out"
  elapsed=$(awk -v s="$t0" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.0f", e - s}')
  load_end=$(cut -d' ' -f1-3 /proc/loadavg)
  below() { awk -v k="${M[$1]}" 'BEGIN {print k / 1024 < 256 ? "**met**" : "**not met**"}'; }
  {
    if [ "$pemda" = 550 ]; then echo "## National set"; else echo "## National set, fraction: $pemda of 550 pemda"; fi
    echo
    echo "Run of $started, $runs run(s) each, $elapsed s in all (generating the data: ${gen_seconds} s)."
    echo
    echo "- Machine: $(machine); load average at the start: $load_start, at the end: $load_end."
    echo "- lkjip: $version, tree $commit."
    echo "- Data: \`bench/gen national DATA $pemda\`: $nfiles submissions, $mb MB (+ lkjip.xml)."
    echo
    echo "| command | wall (s) | CPU (s) | MB/s | speed-up vs one xmllint | peak RSS (MB) | RSS < 256 MB |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    echo "$(row "xmllint --schema, 1 process" xmllint1 xmllint1) |"
    echo "$(row "lkjip check ${no_link[*]} -j 2" check_j2 xmllint1) $(below check_j2) |"
    echo "$(row "lkjip check --link -j 2" check_link xmllint1) $(below check_link) |"
    echo "$(row "lkjip build --format ir -j 2" build_ir xmllint1) $(below build_ir) |"
    echo "$(row "lkjip build --format $national_formats -j 2" build_fmt xmllint1) $(below build_fmt) |"
    echo
    echo "Commands as in the province section (each build into a removed output folder, with its cache),"
    echo "over \`bench/gen national DATA $pemda\`."
  } > "$sect"
fi

# --- bench/RESULTS.md: replace this set's section ----------------------------
if [ ! -f "$results" ]; then
  cat > "$results" <<'EOF'
# Benchmark results (issues 5 and 13)

`make bench` (`bench/run.sh province`) and `make bench-national` (`bench/run.sh national`)
each rewrite their own section below, between its markers; `bench/README.md` says what is
measured and how.

<!-- BEGIN province -->
<!-- END province -->

<!-- BEGIN national -->
<!-- END national -->
EOF
fi
# The national set and each fraction of it have their own section.
section=$set_name
[ "$set_name" = province ] || [ "$pemda" = 550 ] || section=national-$pemda
grep -q "<!-- BEGIN $section -->" "$results" || printf '\n<!-- BEGIN %s -->\n<!-- END %s -->\n' "$section" "$section" >> "$results"
awk -v name="$section" -v sect="$sect" '
  $0 == "<!-- BEGIN " name " -->" {print; while ((getline l < sect) > 0) print l; skip = 1; next}
  $0 == "<!-- END " name " -->" {skip = 0}
  !skip {print}' "$results" > "$work/results.md"
cp "$work/results.md" "$results"
cat "$sect"
say "wrote the $section section of $results"
