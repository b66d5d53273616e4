#!/usr/bin/env bash
# bench/run.sh [province|national] — the benchmark of issue 5 (make bench,
# make bench-national): lkjip against the plain tools on a generated workspace,
# medians of RUNS runs, peak RSS, the targets met or not; writes its section of
# bench/RESULTS.md and prints it.
#
#   province  bench/gen province (1 provinsi, 10 pemda x 40 OPD): check vs xmllint,
#             check with the cache, build (html; html,docbook; -j1, -j2) vs the plain
#             pipeline (a) cron loop and (b) batched, a rebuild after touching one file
#   national  bench/gen national (550 pemda x 40 OPD, ~1 GB; NATIONAL_PEMDA=N for
#             the first N pemda): time and peak RSS of check and build
#
# Environment: RUNS (default 3; 1 for national), LKJIP (default build/lkjip),
# BENCH_DIR (generated data and scratch, default build/bench; the data is kept
# and reused while the generator is unchanged), RESULTS (default
# bench/RESULTS.md), NATIONAL_PEMDA (default 550), NATIONAL_FORMATS (the
# national build's formats, default html).
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
# median wall time in seconds, M[KEY] the highest peak RSS in KiB.
declare -A T M
median() { sort -n | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}'; }
run_once() { # KEY CMD... -> appends to KEY.t and KEY.m
  local key=$1 s e rc=0
  shift
  s=$EPOCHREALTIME
  (cd "$data" && /usr/bin/time -f %M -o "$work/rss" "$@" > "$work/$key.out" 2> "$work/$key.err") || rc=$?
  e=$EPOCHREALTIME
  if [ $rc != 0 ]; then
    say "$key failed (exit $rc): $*"
    tail -5 "$work/$key.err" >&2
    exit 3
  fi
  awk -v s="$s" -v e="$e" 'BEGIN {printf "%.6f\n", e - s}' >> "$work/$key.t"
  tail -1 "$work/rss" >> "$work/$key.m"
}
measure() {
  local key=$1 r
  shift
  local cmd="$*"
  [ ${#cmd} -le 200 ] || cmd="${cmd:0:200}…"
  say "$key: $cmd"
  : > "$work/$key.t"
  : > "$work/$key.m"
  for ((r = 1; r <= runs; r++)); do
    [ -z "${PREP:-}" ] || "$PREP"
    run_once "$key" "$@"
  done
  T[$key]=$(median < "$work/$key.t")
  M[$key]=$(sort -n "$work/$key.m" | tail -1)
}
has_check_cache=0
"$lkjip" check --help 2>&1 | grep -q -- '--cache' && has_check_cache=1
no_cache=()
has_build_no_cache=0
"$lkjip" build --help 2>&1 | grep -q -- '--no-cache' && has_build_no_cache=1
[ $has_check_cache = 1 ] && "$lkjip" check --help 2>&1 | grep -q -- '--no-cache' && no_cache=(--no-cache)

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
met() { # met VALUE OP LIMIT
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {ok = op == ">=" ? v >= l : v < l; print ok ? "**met**" : "**not met**"}'
}
rval() { awk -v a="${T[$1]}" -v b="${T[$2]}" 'BEGIN {printf "%.4f", a / b}'; }
row() { # row LABEL KEY [vs-key...]: | label | time | MB/s | ratios... | RSS |
  local label=$1 key=$2 out
  shift 2
  out="| $label | $(f3 "$key") | $(mbs "$key") |"
  for v in "$@"; do out="$out $(ratio "$v" "$key") |"; done
  echo "$out $(rss "$key") |"
}

sect=$work/section.md
if [ "$set_name" = province ]; then
  # --- check ------------------------------------------------------------------
  mapfile -t all < "$work/files"
  measure xmllint1 xmllint --noout --nonet --schema "$xsd" "${all[@]}"
  measure xmllint2 "$work/xmllint-halves.sh"
  measure check_j1 "$lkjip" check -q -j 1 "${no_cache[@]}" "$data"
  measure check_j2 "$lkjip" check -q -j 2 "${no_cache[@]}" "$data"
  measure check_link "$lkjip" check -q --link -j 2 "${no_cache[@]}" "$data"
  if [ $has_check_cache = 1 ]; then
    rm -rf "$work/check-cache"
    run_once check_cache_first "$lkjip" check -q -j 2 --cache "$work/check-cache" "$data"
    measure check_cache "$lkjip" check -q -j 2 --cache "$work/check-cache" "$data"
  fi

  # --- build --------------------------------------------------------------------
  ss=(--stylesheets "$here/stylesheets")
  PREP= measure plain_a "$work/plain-a.sh"
  PREP= measure plain_b "$work/plain-b.sh"
  # (a) and (b) wrote the same bytes.
  cmp_ab=$(cd "$work/out-a" && find . -type f | LC_ALL=C sort | while read -r f; do cmp -s "$f" "$work/out-b/$f" || echo "$f"; done | wc -l)
  n_a=$(find "$work/out-a" -type f | wc -l)
  clean_out() { rm -rf "$work/out"; }
  PREP=clean_out measure build_ir_j2 "$lkjip" build -q -j 2 "${ss[@]}" --format ir "$data" -o "$work/out"
  PREP=clean_out measure build_html_j1 "$lkjip" build -q -j 1 "${ss[@]}" --format html "$data" -o "$work/out"
  if [ $has_build_no_cache = 1 ]; then
    PREP=clean_out measure build_html_nocache "$lkjip" build -q -j 2 --no-cache "${ss[@]}" --format html "$data" -o "$work/out"
  fi
  PREP=clean_out measure build_hd_j1 "$lkjip" build -q -j 1 "${ss[@]}" --format html,docbook "$data" -o "$work/out"
  PREP=clean_out measure build_hd_j2 "$lkjip" build -q -j 2 "${ss[@]}" --format html,docbook "$data" -o "$work/out"
  # (f) the floor: libxslt writing the unit report of median size that build
  # just wrote, once per submission, in two processes, reading and computing
  # nothing (bench/plain/floor.xsl). No XSLT build of these reports beats it.
  floor_unit=$(find "$work/out" -name lkjip.html -printf '%s %h\n' | sort -n | awk '{a[NR] = $2} END {print a[int((NR + 1) / 2)]}')
  xmllint --html --xmlout --nonet "$floor_unit/lkjip.html" > "$work/floor-report.xml" 2>/dev/null
  cp "$floor_unit/lkjip.xml" "$work/floor-docbook.xml"
  floor_html_kb=$(( $(stat -c %s "$floor_unit/lkjip.html") / 1024 ))
  floor_docbook_kb=$(( $(stat -c %s "$floor_unit/lkjip.xml") / 1024 ))
  floor_charts=$(find "$floor_unit" -maxdepth 1 -name '*.svg' | wc -l)
  floor_charts_kb=$(find "$floor_unit" -maxdepth 1 -name '*.svg' -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s / 1024}')
  { echo "<charts>"
    find "$floor_unit" -maxdepth 1 -name '*.svg' -printf '%f\n' | LC_ALL=C sort | while read -r c; do
      cp "$floor_unit/$c" "$work/floor-chart-$c"
      echo "<c href=\"$work/floor-chart-$c\" name=\"$c\"/>"
    done
    echo "</charts>"; } > "$work/floor-charts.xml"
  for h in 1 2; do
    awk -v o="$work/out-f" 'BEGIN {print "<berkas>"}
      {f = $0; gsub("/", "_", f); sub(/\.xml$/, "", f); print "<f out=\"" o "/" f "\"/>"}
      END {print "</berkas>"}' "$work/half$h" > "$work/flist$h.xml"
  done
  cat > "$work/floor.sh" <<EOF
#!/usr/bin/env bash
# (f) the floor: \$1 = html or html,docbook.
rm -rf "$work/out-f"; mkdir -p "$work/out-f"
db=(); [ "\$1" = html ] || db=(--stringparam docbook "$work/floor-docbook.xml" --stringparam charts "$work/floor-charts.xml")
xsltproc --nonet --stringparam html "$work/floor-report.xml" "\${db[@]}" "$plain/floor.xsl" "$work/flist1.xml" & p=\$!
xsltproc --nonet --stringparam html "$work/floor-report.xml" "\${db[@]}" "$plain/floor.xsl" "$work/flist2.xml"
wait \$p
EOF
  chmod +x "$work/floor.sh"
  PREP= measure floor_html "$work/floor.sh" html
  PREP= measure floor_hd "$work/floor.sh" html,docbook
  floor_files=$(find "$work/out-f" -type f | wc -l)
  # What no XSLT build can beat: validating (two xmllint processes) plus (f).
  T[floor_html_v]=$(awk -v a="${T[xmllint2]}" -v b="${T[floor_html]}" 'BEGIN {printf "%.6f", a + b}')
  T[floor_hd_v]=$(awk -v a="${T[xmllint2]}" -v b="${T[floor_hd]}" 'BEGIN {printf "%.6f", a + b}')
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
  : > "$work/build_html_j2.t"; : > "$work/build_html_j2.m"; : > "$work/rebuild.t"; : > "$work/rebuild.m"
  say "build_html_j2 + rebuild: $lkjip build -q -j 2 --format html, then again after touching $touched"
  report_changed=no
  cache_seen=no
  for ((r = 1; r <= runs; r++)); do
    cp -p "$work/touched.orig" "$touched"
    rm -rf "$work/out"
    run_once build_html_j2 "$lkjip" build -q -j 2 "${ss[@]}" --format html "$data" -o "$work/out"
    [ -d "$work/out/.lkjip-cache" ] && cache_seen=yes
    before=$(find "$work/out" -path "*/$opd_id/lkjip.html" -exec md5sum {} + | cut -d' ' -f1)
    touch_one
    run_once rebuild "$lkjip" build -q -j 2 "${ss[@]}" --format html "$data" -o "$work/out"
    after=$(find "$work/out" -path "*/$opd_id/lkjip.html" -exec md5sum {} + | cut -d' ' -f1)
    [ -n "$before" ] && [ "$before" != "$after" ] && report_changed=yes
  done
  cp -p "$work/touched.orig" "$touched"
  touched=
  for k in build_html_j2 rebuild; do
    T[$k]=$(median < "$work/$k.t"); M[$k]=$(sort -n "$work/$k.m" | tail -1)
  done
  reports=$(find "$work/out" -name lkjip.html | wc -l)
  elapsed=$(awk -v s="$t0" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.0f", e - s}')

  # --- the section ----------------------------------------------------------
  {
    echo "## Province set"
    echo
    echo "Run of $started, $runs run(s) each (median time, highest peak RSS), $elapsed s in all."
    echo
    echo "- Machine: $(machine); load average at the start: $load_start."
    echo "- lkjip: $version, tree $commit."
    echo "- Data: \`bench/gen province\` — 1 provinsi, 10 pemda × 40 OPD: $nfiles submissions, $mb MB"
    echo "  (+ lkjip.xml), generated in ${gen_seconds} s; \`lkjip check --link\`: 0 errors, 0 warnings."
    echo
    echo "### Targets"
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
    cache_note=" (build cache OUT/.lkjip-cache: $cache_seen)"
    echo "| rebuild after touching one file < 5 % of the full build | $pct$cache_note | $(met "$v" "<" 0.05) |"
    echo "| peak RSS on the national set < 256 MB | see the national section | |"
    echo
    echo "Ratios are speed-ups: the other command's time divided by lkjip's (above 1× lkjip is faster)."
    echo "lkjip runs with 2 threads (\`-j 2\`, its default on this machine) unless the row says \`-j 1\`."
    echo
    echo "### Check: $nfiles files, $mb MB"
    echo
    echo "| command | time (s) | MB/s | speed-up vs one xmllint | peak RSS (MB) |"
    echo "|---|---:|---:|---:|---:|"
    row "xmllint --schema, 1 process" xmllint1 xmllint1
    row "xmllint --schema, 2 processes (halves; RSS of the larger)" xmllint2 xmllint1
    row "lkjip check -j 1" check_j1 xmllint1
    row "lkjip check -j 2" check_j2 xmllint1
    row "lkjip check --link -j 2 (also links the workspace)" check_link xmllint1
    if [ $has_check_cache = 1 ]; then
      row "lkjip check --cache, second run, -j 2" check_cache xmllint1
    else
      echo "| lkjip check --cache, second run | n/a (no --cache yet) | | | |"
    fi
    echo
    echo "### Build: $nfiles submissions → $reports LKjIP reports"
    echo
    echo "| command | time (s) | input MB/s | speed-up vs (a) | speed-up vs (b) | peak RSS (MB) |"
    echo "|---|---:|---:|---:|---:|---:|"
    row "(a) cron loop: xmllint + xsltproc capaian.xsl per file, 2 at a time (RSS: largest process)" plain_a plain_a plain_b
    row "(b) batched: 2 halves in parallel, each 1 xmllint + 1 xsltproc (RSS: larger half)" plain_b plain_a plain_b
    row "lkjip build --format ir -j 2 (everything but the stylesheets)" build_ir_j2 plain_a plain_b
    row "lkjip build --format html -j 1" build_html_j1 plain_a plain_b
    row "lkjip build --format html -j 2" build_html_j2 plain_a plain_b
    if [ $has_build_no_cache = 1 ]; then
      row "lkjip build --format html -j 2 --no-cache (the same without writing the cache)" build_html_nocache plain_a plain_b
    fi
    row "lkjip build --format html,docbook -j 1" build_hd_j1 plain_a plain_b
    row "lkjip build --format html,docbook -j 2" build_hd_j2 plain_a plain_b
    row "lkjip rebuild after touching one OPD file (html, -j 2)" rebuild plain_a plain_b
    row "(f) floor: libxslt writing one finished LKjIP (html, $floor_html_kb KB) $nfiles times, 2 processes, nothing read or computed" floor_html plain_a plain_b
    row "(f) floor, html + docbook (+ $floor_docbook_kb KB, + $floor_charts SVG charts, $floor_charts_kb KB)" floor_hd plain_a plain_b
    echo
    awk -v ir="${T[build_ir_j2]}" -v h="${T[build_html_j2]}" -v hd="${T[build_hd_j2]}" 'BEGIN {
      printf "Where the time goes: `--format ir` (load, validate, rules, read, link, measure, lower, write the IR)\n"
      printf "takes %.3f s; the LKjIP stylesheets (libxslt) take the rest: %.0f %% of the html build, %.0f %% of html,docbook.\n\n",
        ir, (h - ir) / h * 100, (hd - ir) / hd * 100 }'
    plain_kb=$(find "$work/out-a" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s / NR / 1024}')
    awk -v a="${T[plain_a]}" -v b="${T[plain_b]}" -v fh="${T[floor_html]}" -v fhd="${T[floor_hd]}" \
        -v x2="${T[xmllint2]}" -v ir="${T[build_ir_j2]}" -v kb="$floor_html_kb" -v pkb="$plain_kb" \
        -v n="$nfiles" -v charts="$floor_charts" 'BEGIN {
      printf "Out of reach with XSLT: the targets allow lkjip %.3f s for html (a / 4; b / 1.5 allows %.3f s)\n", a / 4, b / 1.5
      printf "and %.3f s for html,docbook (a / 2.5). Only writing the finished output with libxslt, a %d KB\n", a / 2.5, kb
      printf "LKjIP %d times (the floor (f)), takes %.3f s; with the DocBook report and its %d chart files, %.3f s.\n", n, fh, charts, fhd
      printf "Add the least work that can come before: validating with two xmllint processes (%.3f s) gives\n", x2
      printf "%.3f s and %.3f s (the \"floor\" ratios above); lkjip'\''s own work before the stylesheets (`--format ir`:\n", x2 + fh, x2 + fhd
      printf "read, validate, link, measure, lower, %.3f s) gives %.3f s and %.3f s. The plain pipelines write\n", ir, ir + fh, ir + fhd
      printf "a %d KB table per file; lkjip writes the whole LKjIP (seven analyses, 24 charts), and the ground\n", pkb
      printf "rules put all output through libxslt. bench/README.md says more.\n\n" }'
    echo "(f) wrote $floor_files files (expected: $nfiles × (2 + $floor_charts) = $((nfiles * (2 + floor_charts))))."
    echo "(a) and (b) wrote $n_a HTML files; $cmp_ab of them differ between (a) and (b) (expected: 0)."
    echo "The rebuild changed one realisasi value of \`$touched_rel\`;"
    echo "its unit's report changed: $report_changed. Full build and rebuild alternate: each full build starts"
    echo "without an output folder (so without a cache), each rebuild follows it."
    echo
    echo "### Commands"
    echo
    echo '```sh'
    echo "bench/gen province DATA            # then, in DATA (FILES: the $nfiles submissions, sorted)"
    echo "xmllint --noout --nonet --schema schemas/submission.xsd FILES"
    echo "xmllint ... HALF1 & xmllint ... HALF2   # alternate files"
    echo "lkjip check -q -j N ${no_cache[*]} DATA"
    echo "lkjip check -q --link -j 2 ${no_cache[*]} DATA"
    [ $has_check_cache = 1 ] && echo "lkjip check -q -j 2 --cache CACHE DATA   # once to fill CACHE, then timed"
    echo "# (a) per file, 2 at a time:"
    echo "xargs -P2 -n2 sh -c 'xmllint --noout --nonet --schema schemas/submission.xsd \"\$1\" && xsltproc --nonet bench/plain/capaian.xsl \"\$1\" > \"\$2\"' sh"
    echo "# (b) per half, both halves at once:"
    echo "xmllint --noout --nonet --schema schemas/submission.xsd HALF && xsltproc --nonet bench/plain/batch.xsl HALF-LIST.xml"
    echo "# (f) the floor, per half, both halves at once (R: the median report in XML form, D: its DocBook):"
    echo "xsltproc --nonet --stringparam html R [--stringparam docbook D] bench/plain/floor.xsl HALF-LIST.xml"
    echo "lkjip build -q -j N --format ir|html|html,docbook DATA -o OUT   # OUT removed before each run"
    [ $has_build_no_cache = 1 ] && echo "lkjip build -q -j 2 --no-cache --format html DATA -o OUT"
    echo "# rebuild: change one realisasi value of one OPD file, then the same build into the same OUT"
    echo '```'
  } > "$sect"
else
  # --- national: time and memory of check and build ---------------------------
  mapfile -t all < "$work/files"
  measure xmllint1 xmllint --noout --nonet --schema "$xsd" "${all[@]}"
  measure check_j2 "$lkjip" check -q -j 2 "${no_cache[@]}" "$data"
  measure check_link "$lkjip" check -q --link -j 2 "${no_cache[@]}" "$data"
  ss=(--stylesheets "$here/stylesheets")
  clean_out() { rm -rf "$work/out"; }
  PREP=clean_out measure build_ir "$lkjip" build -q -j 2 "${ss[@]}" --format ir "$data" -o "$work/out"
  PREP=clean_out measure build_fmt "$lkjip" build -q -j 2 "${ss[@]}" --format "$national_formats" "$data" -o "$work/out"
  elapsed=$(awk -v s="$t0" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.0f", e - s}')
  below() { awk -v k="${M[$1]}" 'BEGIN {print k / 1024 < 256 ? "**met**" : "**not met**"}'; }
  {
    if [ "$pemda" = 550 ]; then echo "## National set"; else echo "## National set, fraction: $pemda of 550 pemda"; fi
    echo
    echo "Run of $started, $runs run(s) each, $elapsed s in all (generating the data: ${gen_seconds} s)."
    echo
    echo "- Machine: $(machine); load average at the start: $load_start."
    echo "- lkjip: $version, tree $commit."
    echo "- Data: \`bench/gen national DATA $pemda\`: $nfiles submissions, $mb MB (+ lkjip.xml)."
    echo
    echo "| command | time (s) | MB/s | speed-up vs one xmllint | peak RSS (MB) | RSS < 256 MB |"
    echo "|---|---:|---:|---:|---:|---|"
    echo "$(row "xmllint --schema, 1 process" xmllint1 xmllint1) |"
    echo "$(row "lkjip check -j 2" check_j2 xmllint1) $(below check_j2) |"
    echo "$(row "lkjip check --link -j 2" check_link xmllint1) $(below check_link) |"
    echo "$(row "lkjip build --format ir -j 2" build_ir xmllint1) $(below build_ir) |"
    echo "$(row "lkjip build --format $national_formats -j 2" build_fmt xmllint1) $(below build_fmt) |"
    echo
    echo "Commands as in the province section, over \`bench/gen national DATA $pemda\`."
  } > "$sect"
fi

# --- bench/RESULTS.md: replace this set's section ----------------------------
if [ ! -f "$results" ]; then
  cat > "$results" <<'EOF'
# Benchmark results (issue 5)

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
