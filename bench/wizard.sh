#!/bin/bash
# Benchmark: the wizard side by side in one run with dialog(1), both in tmux at 80x24:
#   time from start to the first full screen, bytes written to the terminal per typed character
#   (the same 500 characters, ä/ö included, typed one key at a time into seloste's paragraph
#   editor and into dialog --editbox, counted with tmux pipe-pane), and peak RSS (/usr/bin/time -v).
# Usage: bench/wizard.sh [RUNS]   (RUNS start-up measurements per program, default 10)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
SELOSTE=${SELOSTE:-$top/src/seloste}
export SELOSTE_DATADIR="$top/data" SELOSTE_SYSCONFDIR=/nonexistent XDG_CONFIG_HOME=/nonexistent
export SELOSTE_LOCALEDIR="$top/tests/locale"
for tool in tmux dialog /usr/bin/time python3; do
  command -v $tool >/dev/null || { echo "$tool is not installed"; exit 1; }
done
runs=${1:-10}
w=$(mktemp -d); T="tmux -L bench$$ -f /dev/null"
trap '$T kill-server 2>/dev/null; rm -rf "$w"' EXIT
cd "$w"
$T new-session -d -s boot -x 80 -y 24 "sleep 3600"
TEXT=$(python3 -c 's="Säästöä ja öljyä hyvään käyttöön, äiti ja isä. "; print((s*20)[:500])')

# now_ns: wall clock in nanoseconds.
now_ns() { date +%s%N; }
# wait_for SESSION TEXT: polls the screen every 5 ms (at most 20 s).
wait_for() {
  local i=0
  until $T capture-pane -p -t "$1" 2>/dev/null | grep -qF -- "$2"; do
    i=$((i + 1)); [ $i -lt 4000 ] || { echo "timeout waiting for '$2' in $1"; $T capture-pane -p -t "$1"; exit 1; }
    sleep 0.005
  done
}
# start SESSION COMMAND: runs COMMAND in a fresh 80x24 session under /usr/bin/time -v.
start() { $T new-session -d -s "$1" -x 80 -y 24 "cd '$w' && TERM=screen /usr/bin/time -v -o '$w/$1.time' $2; sleep 3600"; }
# startup_ms SESSION COMMAND READY: milliseconds from start until READY is on screen.
startup_ms() {
  local t0 t1
  t0=$(now_ns); start "$1" "$2"; wait_for "$1" "$3"; t1=$(now_ns)
  $T kill-session -t "$1"
  echo $(((t1 - t0) / 1000000))
}
# median: the middle of the numbers on stdin.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
# type_text SESSION: types TEXT one character per key press.
type_text() {
  python3 -c 'import sys; [print(c) for c in sys.argv[1]]' "$TEXT" | while IFS= read -r c; do
    $T send-keys -t "$1" -l "${c:- }"
  done
}
# bytes_per_key SESSION: starts counting, types, waits for the end of the text; prints bytes/keystroke.
bytes_per_key() {
  $T pipe-pane -o -t "$1" "cat >'$w/$1.out'"
  sleep 0.3
  type_text "$1"
  wait_for "$1" "äiti ja"
  sleep 1
  $T pipe-pane -t "$1"
  python3 -c 'import os,sys; print("%.1f" % (os.path.getsize(sys.argv[1]) / 500))' "$w/$1.out"
}
# peak_kib SESSION: peak RSS from /usr/bin/time -v once the program has exited.
peak_kib() {
  local i=0
  until [ -s "$w/$1.time" ] && grep -q "Maximum resident" "$w/$1.time"; do
    i=$((i + 1)); [ $i -lt 400 ] || { echo "?"; return; }; sleep 0.05
  done
  awk -F': ' '/Maximum resident/ {print $2}' "$w/$1.time"
}

"$SELOSTE" new --ui-lang en bench.seloste >/dev/null
: >editbox.txt
S_CMD="'$SELOSTE' --ui-lang en bench.seloste"
D_CMD="dialog --editbox editbox.txt 20 76"

s_start=$(for i in $(seq "$runs"); do startup_ms s$i "$S_CMD" "^Q Quit"; rm -f bench.seloste.lock; done | median)
d_start=$(for i in $(seq "$runs"); do startup_ms d$i "$D_CMD" "Cancel"; done | median)

start sk "$S_CMD"; wait_for sk "^Q Quit"
$T send-keys -t sk Enter C-n C-n C-n C-n; wait_for sk "Name of the register"
wait_for sk "Text in"   # the wizard is modeless: the section's text has the cursor already
s_bytes=$(bytes_per_key sk)
$T send-keys -t sk C-q; wait_for sk "Save your changes"; $T send-keys -t sk n
wait_for sk "Throw away every change"; $T send-keys -t sk Enter
s_rss=$(peak_kib sk)

start dk "$D_CMD"; wait_for dk "Cancel"
d_bytes=$(bytes_per_key dk)
$T send-keys -t dk Escape
d_rss=$(peak_kib dk)

printf '%-34s %10s %10s %8s\n' "" seloste dialog ratio
printf '%-34s %10s %10s %8s\n' "first full screen (ms, median of $runs)" "$s_start" "$d_start" \
  "$(python3 -c "print('%.2f' % ($s_start / max($d_start, 1)))")"
printf '%-34s %10s %10s %8s\n' "bytes to the terminal per key" "$s_bytes" "$d_bytes" \
  "$(python3 -c "print('%.2f' % ($s_bytes / max($d_bytes, 0.1)))")"
printf '%-34s %10s %10s %8s\n' "peak RSS (KiB)" "$s_rss" "$d_rss" \
  "$(python3 -c "print('%.2f' % ($s_rss / max($d_rss, 1)))" 2>/dev/null || echo ?)"
