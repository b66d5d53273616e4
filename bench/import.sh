#!/usr/bin/env bash
# bench/import.sh — issue 14's performance target (make bench-import): the
# province's OPD workbooks, written by `lkjip template` from the generated
# province (bench/gen province), imported by `lkjip import` against a
# Python script that reads the same cells with openpyxl in read-only mode
# (bench/import/read-openpyxl.py, /usr/bin/python3); writing the workbooks
# timed beside it. Medians of RUNS runs (default 3) of wall time and CPU
# time (user + sys of the command and everything it waited for), peak RSS;
# writes the "import" section of bench/RESULTS.md and prints it.
#
# The workbooks are imported as lkjip template wrote them: already filled
# with every realisasi the generated submissions hold (109,774 values in
# the Realisasi and Anggaran sheets), which is what an OPD's finished
# workbook holds. Both sides must read the same number of values (checked).
#
# Environment: RUNS, LKJIP (default build/lkjip), BENCH_DIR (default
# build/bench), RESULTS (default bench/RESULTS.md).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
bench=${BENCH_DIR:-$here/build/bench}
results=${RESULTS:-$here/bench/RESULTS.md}
python=/usr/bin/python3
for tool in /usr/bin/time "$python"; do
  command -v "$tool" > /dev/null || { echo "bench: $tool is missing (make bench-import installs it)" >&2; exit 2; }
done
"$python" -c 'import openpyxl' 2> /dev/null || { echo "bench: python3-openpyxl is missing" >&2; exit 2; }
mkdir -p "$bench"
bench=$(cd "$bench" && pwd)
work=$bench/work-import
rm -rf "$work"
mkdir -p "$work"
cp "${LKJIP:-$here/build/lkjip}" "$work/lkjip" # a snapshot: the tree may be rebuilt meanwhile
lkjip=$work/lkjip
trap 'rm -rf "$work"' EXIT
say() { printf 'bench: %s\n' "$*" >&2; }

data=$work/data
say "generating $data (bench/gen province)"
"$here/bench/gen" province "$data" >&2
wb=$work/wb
"$lkjip" template -q "$data" -o "$wb"
(cd "$wb" && ls | LC_ALL=C sort) > "$work/books"
nbooks=$(wc -l < "$work/books")
nsub=$(find "$data" -name '*.xml' ! -name lkjip.xml | wc -l)
awk 'NR % 2 == 1' "$work/books" > "$work/half1"
awk 'NR % 2 == 0' "$work/books" > "$work/half2"
wb_mb=$(cd "$wb" && du -cb -- *.xlsx | tail -1 | awk '{printf "%.1f", $1 / 1e6}')

# measure KEY CMD...: RUNS runs in the workbook folder (after $PREP, if set);
# T, C: median wall and CPU seconds; M: highest peak RSS (KiB).
declare -A T C M
median() { sort -n | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}'; }
measure() {
  local key=$1 r s e
  shift
  say "$key: $*"
  : > "$work/$key.t"
  : > "$work/$key.c"
  : > "$work/$key.m"
  for ((r = 1; r <= runs; r++)); do
    [ -z "${PREP:-}" ] || "$PREP"
    s=$EPOCHREALTIME
    (cd "$wb" && /usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" > "$work/$key.out" 2> "$work/$key.err") ||
      { say "$key failed: $*"; tail -5 "$work/$key.err" >&2; exit 3; }
    e=$EPOCHREALTIME
    awk -v s="$s" -v e="$e" 'BEGIN {printf "%.6f\n", e - s}' >> "$work/$key.t"
    tail -1 "$work/rss" | awk '{print $1}' >> "$work/$key.m"
    tail -1 "$work/rss" | awk '{printf "%.2f\n", $2 + $3}' >> "$work/$key.c"
  done
  T[$key]=$(median < "$work/$key.t")
  C[$key]=$(median < "$work/$key.c")
  M[$key]=$(sort -n "$work/$key.m" | tail -1)
}

# Helper scripts, run from the workbook folder.
cat > "$work/lkjip-each.sh" << EOF
#!/usr/bin/env bash
# one lkjip process per workbook, as a loop over files would run it
set -e
while read -r f; do "$lkjip" import "\$f" -o "$work/out/\${f%.xlsx}.xml"; done < "$work/books"
EOF
cat > "$work/halves.sh" << EOF
#!/usr/bin/env bash
# both cores: the workbooks in two halves, one process each, at once
set -e
mapfile -t a < "$work/half1"; mapfile -t b < "$work/half2"
if [ "\$1" = lkjip ]; then
  "$lkjip" import "\${a[@]}" -o "$work/out" & p=\$!
  "$lkjip" import "\${b[@]}" -o "$work/out"
else
  "$python" "$here/bench/import/read-openpyxl.py" "\${a[@]}" > "$work/py1.out" & p=\$!
  "$python" "$here/bench/import/read-openpyxl.py" "\${b[@]}" > "$work/py2.out"
fi
wait \$p
EOF
chmod +x "$work/lkjip-each.sh" "$work/halves.sh"

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
t0=$EPOCHREALTIME
clean_wb() { rm -rf "$work/wb2"; }
clean_out() { rm -rf "$work/out"; mkdir -p "$work/out"; }
mapfile -t books < "$work/books"
PREP=clean_wb measure template "$lkjip" template -q "$data" -o "$work/wb2"
PREP=clean_out measure import "$lkjip" import "${books[@]}" -o "$work/out"
nout=$(find "$work/out" -name '*.xml' | wc -l)
lkjip_values=$("$python" "$here/bench/import/count-values.py" "$work/out"/*.xml)
PREP='' measure python "$python" "$here/bench/import/read-openpyxl.py" "${books[@]}"
read -r py_books py_cells py_values < "$work/python.out"
PREP=clean_out measure import_j2 "$work/halves.sh" lkjip
PREP='' measure python_j2 "$work/halves.sh" python
PREP=clean_out measure import_each "$work/lkjip-each.sh"
[ "$nout" = "$nbooks" ] && [ "$py_books" = "$nbooks" ] ||
  { say "books: $nbooks written, $nout imported, $py_books read by Python"; exit 3; }
[ "$lkjip_values" = "$py_values" ] ||
  { say "values: lkjip imported $lkjip_values, Python read $py_values"; exit 3; }
elapsed=$(awk -v s="$t0" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.0f", e - s}')
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

machine() {
  local cpu ram deb xml
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
  ram=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
  deb=$(cat /etc/debian_version 2> /dev/null || echo "?")
  xml=$(dpkg-query -W -f '${Version}' libxml2 2> /dev/null || echo "?")
  printf '%s cores, %s, %s RAM, Debian %s, libxml2 %s, libzip %s, Python %s, openpyxl %s' "$(nproc)" "$cpu" "$ram" \
    "$deb" "$xml" "$(dpkg-query -W -f '${Version}' libzip4 2> /dev/null || echo "?")" \
    "$("$python" -c 'import sys; print(sys.version.split()[0])')" \
    "$("$python" -c 'import openpyxl; print(openpyxl.__version__)')"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
row() { # LABEL KEY [BASE]: wall, CPU, per workbook, peak RSS, speed-up over BASE (CPU and wall)
  local up=""
  [ -z "${3:-}" ] || up="$(ratio "${C[$3]}" "${C[$2]}")× CPU, $(ratio "${T[$3]}" "${T[$2]}")× wall"
  printf '| %s | %.2f | %.2f | %.1f | %.1f | %s |\n' "$1" "${T[$2]}" "${C[$2]}" \
    "$(awk -v c="${C[$2]}" -v n="$nbooks" 'BEGIN {print c / n * 1000}')" \
    "$(awk -v m="${M[$2]}" 'BEGIN {print m / 1024}')" "$up"
}
cpu_x=$(ratio "${C[python]}" "${C[import]}")
wall_x=$(ratio "${T[python]}" "${T[import]}")
met() { awk -v x="$1" 'BEGIN {print (x >= 5 ? "**met**" : "**not met**")}'; }
sect=$work/section.md
{
  echo "## Workbooks: import against openpyxl, template (issue 14)"
  echo
  echo "Run of $started, $runs run(s) each (median wall and CPU time, highest peak RSS), $elapsed s in all."
  echo
  echo "- Machine: $(machine); load average at the start: $load_start, at the end: $load_end."
  echo "- lkjip: $("$lkjip" --version 2>&1 | head -1), tree $(cd "$here" && git describe --always --dirty 2> /dev/null || echo "?")."
  echo "- Data: \`bench/gen province\` ($nsub submissions); \`lkjip template\` writes $nbooks workbooks, one per OPD"
  echo "  (the pemda and provinsi files are plans, not OPD workbooks), $wb_mb MB, already filled with every"
  echo "  realisasi the submissions hold: $py_values values in the Realisasi and Anggaran sheets, $py_cells cells"
  echo "  in the five sheets read. Both sides read the same $py_values values (counted in lkjip's submissions)."
  echo "- The Python side (\`bench/import/read-openpyxl.py\`, Python's fastest openpyxl mode) only reads: every"
  echo "  cell of Identitas, Realisasi, Anggaran, Narasi and lkjip, headers mapped to columns, rows kept by"
  echo "  key. lkjip also checks the embedded plan's SHA-256, decodes and parses it, merges the cells into it"
  echo "  and writes one submission per workbook (on disk before it is renamed: one syncfs for all)."
  echo
  echo "| target | measured | |"
  echo "|---|---|---|"
  echo "| \`lkjip import\` of the $nbooks workbooks ≥ 5× faster than openpyxl reading the same cells | CPU ${cpu_x}× (${C[import]} s / ${C[python]} s); wall ${wall_x}× | CPU $(met "$cpu_x"); wall $(met "$wall_x") |"
  echo
  echo "| command | wall (s) | CPU (s) | CPU per workbook (ms) | peak RSS (MB) | speed-up over openpyxl |"
  echo "|---|---:|---:|---:|---:|---|"
  row "openpyxl read_only, 1 process" python
  row "\`lkjip import\`, 1 process" import python
  row "openpyxl, 2 processes (halves)" python_j2
  row "\`lkjip import\`, 2 processes (halves)" import_j2 python_j2
  row "\`lkjip import\`, 1 process per workbook" import_each python
  row "\`lkjip template\` (writing the $nbooks workbooks)" template
  echo
  echo '```'
  echo "# bench/import.sh (make bench-import); in the workbook folder, BOOKS = the $nbooks workbooks:"
  echo "lkjip template -q DATA -o WB                        # WB removed before each run"
  echo "lkjip import BOOKS -o OUT                           # OUT emptied before each run"
  echo "/usr/bin/python3 bench/import/read-openpyxl.py BOOKS"
  echo "lkjip import HALF1 -o OUT & lkjip import HALF2 -o OUT  # and the same with read-openpyxl.py"
  echo "for f in BOOKS; do lkjip import \$f -o OUT/\${f%.xlsx}.xml; done"
  echo "# each timed with /usr/bin/time -f '%M %U %S' (peak RSS, user and sys CPU)"
  echo '```'
} > "$sect"

section=import
grep -q "<!-- BEGIN $section -->" "$results" || printf '\n<!-- BEGIN %s -->\n<!-- END %s -->\n' "$section" "$section" >> "$results"
awk -v name="$section" -v sect="$sect" '
  $0 == "<!-- BEGIN " name " -->" {print; while ((getline l < sect) > 0) print l; skip = 1; next}
  $0 == "<!-- END " name " -->" {skip = 0}
  !skip {print}' "$results" > "$work/results.md"
cp "$work/results.md" "$results"
cat "$sect"
say "wrote the $section section of $results"
