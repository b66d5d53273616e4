#!/usr/bin/env bash
# bench/gen.sh COUNT DIR — COUNT OPD submissions in lkjip's own format, in
# pemda of 40, with their pemda and provinsi files and a profile: a thin
# wrapper over `bench/gen count COUNT DIR` (bench/gen has the province and
# national sets). Deterministic: the same COUNT gives the same bytes.
set -euo pipefail
count=${1:?COUNT}
out=${2:?DIR}
exec "$(dirname "$0")/gen" count "$count" "$out"
