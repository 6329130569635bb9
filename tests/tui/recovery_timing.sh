#!/bin/sh
# The recovery file's promise, against kill -9 (nothing is written at the end): every key older
# than 2 s is in it, after a pause and while keys keep coming.
. "$top_srcdir/tests/tui/tmux.sh"

"$SELOSTE" new --ui-lang en rt.seloste >/dev/null || exit 1
now_ms() { date +%s%3N; }
# Sleeps until the wall clock is 50 ms past a whole second (where whole-second bookkeeping is late).
sync_second() {
  ms=$(( $(now_ms) % 1000 ))
  sleep "$(printf '0.%03d' $(( (1050 - ms) % 1000 )))"
}

# Starts the wizard in session $1 on "Purposes of processing", its text taking the typing, nothing
# changed yet.
start_editing() {
  rm -f rt.seloste.recovery
  tui_start "$1" --ui-lang en rt.seloste
  tui_wait "$1" "Languages of the notice"
  tui_open_purposes "$1"
  sleep 0.2
  [ ! -e rt.seloste.recovery ] || tui_fail "$1" "a change was made before the test typed"
}

# Kills the wizard of session $1 with SIGKILL and waits until it is gone.
kill_hard() {
  kill -KILL "$2"
  st=$(tui_wait_exit "$1"); [ "$st" = 137 ] || tui_fail "$1" "exit status $st after kill -9"
}

# a word, another key half a second later, then quiet: 2.2 s after the word, kill -9; the word is in
# the file (it is older than 2 s)
for round in 1 2 3; do
  s=w$round
  start_editing $s
  pid=$(tui_pid $s)
  sync_second
  tui_type $s "Tauko$round"
  sleep 0.5
  tui_type $s "x"
  sleep 1.7
  kill_hard $s "$pid"
  grep -qF "Tauko$round" rt.seloste.recovery 2>/dev/null || { echo "FAIL: round $round: the word typed 2.2 s before kill -9 is lost"; exit 1; }
done

# one key every 300 ms for 4 s, then kill -9 at once: every key sent more than 2 s before is in the file
letters="a b c d e f g h i j k l m n"
for round in 1 2; do
  s=c$round
  start_editing $s
  pid=$(tui_pid $s)
  tui_type $s "QZ"
  sent=""
  for l in $letters; do
    tui_type $s "$l"
    sent="$sent $l:$(now_ms)"
    sleep 0.3
  done
  killed=$(now_ms)
  kill_hard $s "$pid"
  want="QZ"
  for pair in $sent; do
    [ $((killed - ${pair#*:})) -gt 2000 ] && want="$want${pair%%:*}"
  done
  grep -qF "$want" rt.seloste.recovery 2>/dev/null ||
    { echo "FAIL: round $round: keys older than 2 s are missing: want '$want', file has '$(grep -o 'QZ[a-z]*' rt.seloste.recovery)'"; exit 1; }
done
echo "all assertions passed"
