#!/bin/sh
# Locks never strand a person: an orphaned session of one's own (its terminal gone) can be taken
# over with its unsaved text, a reused pid is stale, an empty lock and another host's lock allow
# "edit anyway" after a warning.
. "$top_srcdir/tests/tui/tmux.sh"
command -v setsid >/dev/null 2>&1 || { echo "setsid is missing: skipping"; exit 77; }

me=$(id -un); host=$(hostname)
# Writes the lock of lk.seloste naming pid $1 on host $2 since $3 (seconds since the epoch).
lock_as() { printf 'user=%s\nhost=%s\npid=%s\nsince=%s\n' "$me" "$2" "$1" "$3" >lk.seloste.lock; }
# Fails unless the lock of lk.seloste is held by the wizard of session $1.
lock_is() { grep -q "^pid=$(tui_pid "$1")$" lk.seloste.lock || tui_fail "$1" "the lock is not this session's"; }
# Quits the wizard of session $1 without saving and checks it removed its lock.
quit_clean() {
  tui_keys "$1" C-q
  sleep 0.3
  if tui_screen "$1" | grep -qF "Save your changes"; then
    tui_keys "$1" n
    tui_wait "$1" "Throw away every change"
    tui_keys "$1" Enter
  fi
  st=$(tui_wait_exit "$1"); [ "$st" = 0 ] || tui_fail "$1" "exit status $st"
  [ ! -e lk.seloste.lock ] || { echo "FAIL: lock left behind by $1"; exit 1; }
}
"$SELOSTE" new --ui-lang en lk.seloste >/dev/null || exit 1

# 1. a live process of this user without a terminal (setsid: as after an SSH hang-up) holds the lock,
#    and its unsaved text is in lk.seloste.recovery: take over and recover it
tui_start a --ui-lang en lk.seloste
tui_wait a "Languages of the notice"
tui_open_purposes a
tui_type a "Orpon istunnon teksti"
i=0; until grep -qF "Orpon istunnon teksti" lk.seloste.recovery 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 100 ] || tui_fail a "no recovery file"; sleep 0.1; done
kill -KILL "$(tui_pid a)"; tui_wait_exit a >/dev/null
setsid sleep 600 & orphan=$!
sleep 0.2
lock_as "$orphan" "$host" "$(date +%s)"
tui_start b --ui-lang en lk.seloste
tui_wait b "lk.seloste is being edited by $me on $host since $(date +%Y-%m-%d)"
tui_wait b "(process $orphan)"
tui_wait b "its terminal is gone"
tui_wait b "[u] take over and recover its unsaved text"
tui_keys b u
tui_wait b "Restored the unsaved work"
lock_is b
kill -0 "$orphan" || { echo "FAIL: the orphaned process was stopped"; exit 1; }
tui_keys b Enter C-n C-n C-n C-n C-n C-n C-n
tui_wait b "Purposes of processing"
tui_keys b Tab                    # from the list of purposes into its text
tui_wait b "Orpon istunnon teksti"
quit_clean b
kill "$orphan"; wait "$orphan" 2>/dev/null

# 2. the lock's pid now belongs to a program started after the lock was taken: stale, cleared
sleep 600 & reused=$!
lock_as "$reused" "$host" $(( $(date +%s) - 3600 ))
tui_start c --ui-lang en lk.seloste
tui_wait c "Languages of the notice"
tui_screen c | grep -q "being edited" && tui_fail c "a reused pid was taken for the holder"
lock_is c
quit_clean c
kill "$reused"; wait "$reused" 2>/dev/null

# 3. an empty lock file: read-only, edit anyway (after a warning) or quit
: >lk.seloste.lock
tui_start d --ui-lang en lk.seloste
tui_wait d "has a lock file that names no one"
tui_wait d "[e] edit anyway"
tui_keys d e
tui_wait d "whoever saves last replaces the other's changes"
tui_keys d e
tui_wait d "Languages of the notice"
tui_screen d | grep -q "(read-only)" && tui_fail d "edit anyway opened it read-only"
lock_is d
quit_clean d

# 4. a lock from another computer: said so; edit anyway, cancelled once, then chosen
lock_as 4242 elsewhere.example "$(date +%s)"
tui_start e --ui-lang en lk.seloste
tui_wait e "lk.seloste is being edited by $me on elsewhere.example"
tui_wait e "runs on another computer"
tui_keys e e
tui_wait e "[c] cancel"
tui_keys e c
tui_wait e "runs on another computer"
tui_keys e e
tui_wait e "[c] cancel"
tui_keys e e
tui_wait e "Languages of the notice"
lock_is e
quit_clean e
exit 0
