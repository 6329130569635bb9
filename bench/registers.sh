#!/bin/bash
# Benchmark: an organisation's folder of notices handled in one process, side by side in one run with
#   (a) the single-notice commands, one process per notice (render each language, check), sampled, and
#   (b) cp -r of the finished renderings: the file system's own cost of making that many files.
# The folder holds N copies (default 1,000) of data/demo.seloste and, where the data has register
# types, of a new notice of each type, under different names. Prints the time per notice of each
# directory run beside the single-notice time and their ratio, the growth from N/10 to N notices (time
# at most 10x, memory a constant per notice: linear), and whether the target is met: the whole folder in under
# 1 s, i.e. no per-process start-up cost left. Usage: bench/registers.sh [N]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
SELOSTE=${SELOSTE:-$top/src/seloste}
export SELOSTE_DATADIR="$top/data" SELOSTE_SYSCONFDIR=/nonexistent XDG_CONFIG_HOME=/nonexistent
export SELOSTE_LOCALEDIR="$top/tests/locale"
mkdir -p "$SELOSTE_LOCALEDIR/fi/LC_MESSAGES"
msgfmt -o "$SELOSTE_LOCALEDIR/fi/LC_MESSAGES/seloste.mo" "$top/po/fi.po"
n=${1:-1000}
sample=20
w=$(mktemp -d); trap 'rm -rf "$w"' EXIT

# the sources: the demo, and one notice per register type (seloste new with the demo settings)
mkdir -p "$w/src" "$w/home/seloste"
cp "$top/data/demo.ini" "$w/home/seloste/seloste.ini"
cp "$top/data/demo.seloste" "$w/src/demo.seloste"
for f in "$top"/data/registers/*.cfg; do
  [ -f "$f" ] || continue
  t=$(basename "$f" .cfg)
  [ "$t" = sections ] && continue
  XDG_CONFIG_HOME="$w/home" "$SELOSTE" new --register "$t" "$w/src/$t.seloste" >/dev/null
done
srcs=("$w"/src/*.seloste)
# make_dir DIR COUNT: COUNT notices in DIR, the sources in turn, each under its own name
make_dir() {
  mkdir -p "$1"
  for ((i = 0; i < $2; i++)); do
    cp "${srcs[i % ${#srcs[@]}]}" "$1/notice-$(printf %05d "$i").seloste"
  done
}
make_dir "$w/notices" "$n"
make_dir "$w/tenth" $((n / 10))

# usecs: the current time in microseconds, without starting a process.
usecs() { local t=${EPOCHREALTIME/./}; echo "${t#0}"; }
# once COMMAND...: runs the command once (exit 1, findings, is fine); prints the elapsed microseconds.
once() {
  local t0 rc=0
  t0=$(usecs)
  "$@" >/dev/null 2>&1 || rc=$?
  [ "$rc" -le 1 ] || { echo "failed ($rc): $*" >&2; exit 1; }
  echo $(($(usecs) - t0))
}
# peak_kib COMMAND...: peak resident set size of one run, in KiB (0 without /usr/bin/time).
peak_kib() {
  [ -x /usr/bin/time ] || { echo 0; return; }
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n1
}
# langs FILE: the notice's languages.
langs() { sed -n 's/^languages = \[\(.*\)\];/\1/p' "$1" | tr -d '",'; }

"$SELOSTE" render "$w/notices" -o "$w/warm" >/dev/null 2>&1   # warm the caches
rm -rf "$w/warm"
t_render=$(once "$SELOSTE" render "$w/notices" -o "$w/out")
t_check=$(once "$SELOSTE" check "$w/notices")
files=$(ls "$w/out" | wc -l)
t_floor=$(once cp -r "$w/out" "$w/floor")

# the single-notice commands on a sample, one process per notice (and per language, as render needs)
t_one_render=0 t_one_check=0
for ((i = 0; i < sample; i++)); do
  f=$(printf '%s/notices/notice-%05d.seloste' "$w" $((i * n / sample)))
  for l in $(langs "$f"); do
    t_one_render=$((t_one_render + $(once "$SELOSTE" render "$f" --lang "$l" --format html -o "$w/one.$l.html")))
  done
  t_one_check=$((t_one_check + $(once "$SELOSTE" check "$f")))
done

# growth from N/10 to N notices: time and peak RSS
t_render10=$(once "$SELOSTE" render "$w/tenth" -o "$w/out10")
t_check10=$(once "$SELOSTE" check "$w/tenth")
rm -rf "$w/out" "$w/out10"
rss_render=$(peak_kib "$SELOSTE" render "$w/notices" -o "$w/out")
rss_render10=$(peak_kib "$SELOSTE" render "$w/tenth" -o "$w/out10")
rss_check=$(peak_kib "$SELOSTE" check "$w/notices")
rss_check10=$(peak_kib "$SELOSTE" check "$w/tenth")

printf '%d notices (%d kinds), %d files rendered; one run each\n' "$n" "${#srcs[@]}" "$files"
printf '%-30s %9s %11s %14s %7s %10s\n' "command" "total s" "ms/notice" "alone ms/notice" "ratio" "peak RSS"
awk -v n="$n" -v s="$sample" -v rd="$t_render" -v cd="$t_check" -v ro="$t_one_render" -v co="$t_one_check" \
    -v rr="$rss_render" -v rc="$rss_check" -v fl="$t_floor" -v r10="$t_render10" -v c10="$t_check10" \
    -v rr10="$rss_render10" -v rc10="$rss_check10" 'BEGIN {
  printf "%-30s %9.2f %11.2f %14.2f %6.1fx %6.1f MiB\n", "seloste render DIR -o OUT", rd / 1e6, rd / n / 1e3, ro / s / 1e3, (ro / s) / (rd / n), rr / 1024
  printf "%-30s %9.2f %11.2f %14.2f %6.1fx %6.1f MiB\n", "seloste check DIR", cd / 1e6, cd / n / 1e3, co / s / 1e3, (co / s) / (cd / n), rc / 1024
  printf "%-30s %9.2f %11.2f\n", "cp -r OUT (file system floor)", fl / 1e6, fl / n / 1e3
  m = n - int(n / 10)
  printf "growth from %d to %d notices (linear: time at most 10x, memory a constant per notice):\n", n / 10, n
  printf "  render DIR: time %.1fx, memory %+.1f KiB per notice; check DIR: time %.1fx, memory %+.2f KiB per notice\n", rd / r10, (rr - rr10) / m, cd / c10, (rc - rc10) / m
  printf "render DIR under 1 s: %s (%.2f s; the floor of making its files here: %.2f s)\n", rd < 1e6 ? "met" : "NOT met", rd / 1e6, fl / 1e6
  printf "check DIR under 1 s: %s (%.2f s)\n", cd < 1e6 ? "met" : "NOT met", cd / 1e6
}'
