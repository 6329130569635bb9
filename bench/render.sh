#!/bin/bash
# Benchmark: render a full notice to standalone HTML, side by side in one run with
#   (a) pandoc converting the same notice (as Markdown) to standalone HTML, and
#   (b) cat of the finished HTML: the cost of starting any process here, i.e. the floor.
# Prints per-run times, both ratios and peak RSS. Usage: bench/render.sh [RUNS]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
SELOSTE=${SELOSTE:-$top/src/seloste}
export SELOSTE_DATADIR="$top/data" SELOSTE_SYSCONFDIR=/nonexistent XDG_CONFIG_HOME=/nonexistent
export SELOSTE_LOCALEDIR="$top/tests/locale"
mkdir -p "$SELOSTE_LOCALEDIR/fi/LC_MESSAGES"
msgfmt -o "$SELOSTE_LOCALEDIR/fi/LC_MESSAGES/seloste.mo" "$top/po/fi.po"
runs=${1:-300}
w=$(mktemp -d); trap 'rm -rf "$w"' EXIT
doc="$top/tests/data/full.seloste"
"$SELOSTE" render "$doc" --lang fi --format md -o "$w/notice.md"
"$SELOSTE" render "$doc" --lang fi --format html -o "$w/notice.html"
command -v pandoc >/dev/null || { echo "pandoc is not installed (apt-get install pandoc)"; exit 1; }

# usecs: the current time in microseconds, without starting a process.
usecs() { local t=${EPOCHREALTIME/./}; echo "${t#0}"; }
# loop N COMMAND...: runs the command N times; prints the elapsed microseconds.
loop() {
  local n=$1 t0 i; shift
  t0=$(usecs)
  for ((i = 0; i < n; i++)); do "$@" >/dev/null; done
  echo $(($(usecs) - t0))
}
# peak_kib COMMAND...: peak resident set size of one run, in KiB.
peak_kib() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n1; }

# seloste and cat alternate in rounds of 10, so that both see the same machine load
loop 20 "$SELOSTE" render "$doc" --format html >/dev/null   # warm the caches
t_self=0 t_cat=0
for ((r = 0; r < runs / 10; r++)); do
  t_self=$((t_self + $(loop 10 "$SELOSTE" render "$doc" --lang fi --format html)))
  t_cat=$((t_cat + $(loop 10 cat "$w/notice.html")))
done
n=$((runs / 10 * 10))
us_self=$((t_self / n)) us_cat=$((t_cat / n))
pruns=$((runs / 15 > 5 ? runs / 15 : 5))
us_pandoc=$(($(loop "$pruns" pandoc -f markdown -t html5 -s --metadata title=Tietosuojaseloste "$w/notice.md") / pruns))
rss_self=$(peak_kib "$SELOSTE" render "$doc" --lang fi --format html)
rss_cat=$(peak_kib cat "$w/notice.html")
rss_pandoc=$(peak_kib pandoc -f markdown -t html5 -s --metadata title=Tietosuojaseloste "$w/notice.md")

printf '%-34s %10s %12s\n' "command ($(wc -c <"$w/notice.html") bytes of HTML)" "us/run" "peak RSS"
printf '%-34s %10d %9d KiB\n' "seloste render --format html" "$us_self" "$rss_self"
printf '%-34s %10d %9d KiB\n' "pandoc -s (markdown -> html5)" "$us_pandoc" "$rss_pandoc"
printf '%-34s %10d %9d KiB\n' "cat (process start-up floor)" "$us_cat" "$rss_cat"
awk -v s="$us_self" -v p="$us_pandoc" -v c="$us_cat" -v r="$rss_self" 'BEGIN {
  printf "seloste is %.1fx faster than pandoc (target >= 30x): %s\n", p / s, (p / s >= 30) ? "met" : "NOT met"
  printf "seloste takes %.2fx the cat floor (target <= 1.5x): %s\n", s / c, (s / c <= 1.5) ? "met" : "NOT met"
  printf "seloste peak RSS %.2f MiB (target < 4 MiB): %s\n", r / 1024, (r < 4096) ? "met" : "NOT met"
}'
