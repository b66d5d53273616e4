#!/usr/bin/env bash
# bench/large-unit.sh COUNT SASARAN DIR — the samples' workspace with one
# very large unit: COUNT more indicators in the DLH submission
# (samples/kab-sukamaju/opd-dlh.xml), each with its name, unit, targets for
# 2024–2026, two months of realisasi and last year's. SASARAN 1 puts them
# all in DLH's first sasaran, after its first indicator; more spreads them
# evenly over that many new sasaran after the first one. 10,000 indicators
# make a submission of about 3.7 MB: issue 11's "4 MB submission" whose
# reports must render within 256 MB (tests/cases/publish/memory-large.t,
# bench/RESULTS.md). Deterministic: the same arguments give the same bytes.
set -euo pipefail
count=${1:?COUNT}
sasaran=${2:?SASARAN}
out=${3:?DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out"
cp -R "$here/samples" "$out"
file=$out/kab-sukamaju/opd-dlh.xml
awk -v count="$count" -v sasaran="$sasaran" '
function indicator(i,    v) {
  v = 50 + (i * 37) % 40
  printf "<indikator id=\"DLH-G%05d\" polaritas=\"positif\" agregasi=\"terakhir\">", i
  printf "<nama>Indikator uji %d</nama><satuan>persen</satuan>", i
  printf "<target tahun=\"2024\" nilai=\"%d\"/><target tahun=\"2025\" nilai=\"%d\"/>", v + 3, v + 4
  printf "<target tahun=\"2026\" nilai=\"%d\"/>", v + 5
  printf "<realisasi tahun=\"2025\"><bulan ke=\"1\" nilai=\"%d.5\"/><bulan ke=\"2\" nilai=\"%d.25\"/></realisasi>", v + 1, v + 2
  printf "<realisasi-lalu tahun=\"2024\" nilai=\"%d.3\"/></indikator>\n", v + 2
}
{ print }
# one sasaran: after the first indicator of the first sasaran
sasaran == 1 && !done && in_first && /<\/indikator>/ {
  for (i = 1; i <= count; i++) indicator(i)
  done = 1
}
/<sasaran id="DLH-S1"/ { in_first = 1 }
# many: new sasaran after the first one
sasaran > 1 && !done && in_first && /<\/sasaran>/ {
  per = int(count / sasaran)
  for (s = 1; s <= sasaran; s++) {
    printf "    <sasaran id=\"DLH-GS%03d\" mendukung=\"KAB-S5\">\n", s
    printf "      <uraian>Sasaran uji %d</uraian>\n", s
    for (i = (s - 1) * per + 1; i <= s * per; i++) indicator(i)
    print "    </sasaran>"
  }
  done = 1
}
END { if (!done) exit 1 }
' "$here/samples/kab-sukamaju/opd-dlh.xml" > "$file"
