#!/bin/bash
# Benchmark: import a notice from Markdown and from a web page, side by side in one run with pandoc
# reading the same file into plain text (a converter that only reads structure; seloste also
# matches headings, parses contacts and dates, builds and saves the document).
# Prints per-run times and the ratio pandoc/seloste. Never part of make check.
# Usage: bench/import.sh [RUNS]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
SELOSTE=${SELOSTE:-$top/src/seloste}
export SELOSTE_DATADIR="$top/data" SELOSTE_SYSCONFDIR=/nonexistent XDG_CONFIG_HOME=/nonexistent
runs=${1:-50}
command -v pandoc >/dev/null || { echo "pandoc is not installed (apt-get install pandoc)"; exit 1; }
w=$(mktemp -d); trap 'rm -rf "$w"' EXIT

# usecs: the current time in microseconds, without starting a process.
usecs() { local t=${EPOCHREALTIME/./}; echo "${t#0}"; }
# loop N COMMAND...: runs the command N times; prints the elapsed microseconds.
loop() {
  local n=$1 t0 i; shift
  t0=$(usecs)
  for ((i = 0; i < n; i++)); do "$@" >/dev/null 2>&1; done
  echo $(($(usecs) - t0))
}

# compare LABEL FILE PANDOC_FORMAT: seloste import and pandoc in alternating rounds of 5.
compare() {
  local label=$1 file=$2 fmt=$3 ts=0 tp=0 r n
  loop 3 "$SELOSTE" import "$file" -o "$w/o.seloste" --force >/dev/null # warm the caches
  for ((r = 0; r < runs / 5; r++)); do
    ts=$((ts + $(loop 5 "$SELOSTE" import "$file" -o "$w/o.seloste" --force)))
    tp=$((tp + $(loop 5 pandoc -f "$fmt" -t plain "$file")))
  done
  n=$((runs / 5 * 5))
  printf '%-26s seloste %7d us   pandoc %7d us   pandoc/seloste %5.1fx\n' "$label" $((ts / n)) $((tp / n)) \
    "$(awk -v a="$tp" -v b="$ts" 'BEGIN { print a / b }')"
}

compare "Markdown notice ($(wc -c <"$top/tests/data/import/company_site.md") B)" \
  "$top/tests/data/import/company_site.md" markdown
compare "web page ($(wc -c <"$top/tests/data/import/html_cms.html") B)" "$top/tests/data/import/html_cms.html" html
