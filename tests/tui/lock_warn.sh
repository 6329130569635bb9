#!/bin/sh
# After "edit anyway", the session whose lock was taken over is told so when it saves: who took it,
# where and since when; cancel leaves the other's save alone, "save anyway" keeps no lock, and the
# other is warned in turn. Quitting never removes a lock someone else holds; a removed lock is
# taken again quietly at the next save.
. "$top_srcdir/tests/tui/tmux.sh"
# Sessions are named in capitals: tmux takes a lower-case target such as "b" for a prefix of the
# window "bash" of the newest session when sessions b and c both run.

me=$(id -un); host=$(hostname)
# Makes the lock of a.seloste look like session $1's wizard running on another computer, so that
# a second session is offered "edit anyway" (a session running here is never edited around).
lock_elsewhere() {
  printf 'user=%s\nhost=elsewhere.example\npid=%s\nsince=%s\n' "$me" "$(tui_pid "$1")" "$(date +%s)" \
    >a.seloste.lock
}
# Opens a.seloste in session $1, choosing "edit anyway" against the lock from "another computer".
edit_anyway() {
  tui_start "$1" --ui-lang en a.seloste
  tui_wait "$1" "runs on another computer"
  tui_keys "$1" e
  tui_wait "$1" "[c] cancel"
  tui_keys "$1" e
  tui_wait "$1" "Languages of the notice"
  grep -q "^pid=$(tui_pid "$1")$" a.seloste.lock || tui_fail "$1" "edit anyway did not take the lock"
}
# Waits until session $1 shows the dialog about the lock taken by session $2.
taken_dialog() {
  tui_wait "$1" "a.seloste is now being edited by $me on $host"
  tui_wait "$1" "since $(date +%Y-%m-%d)"
  tui_wait "$1" "(process $(tui_pid "$2"))"
  tui_wait "$1" "that session chose"
  tui_wait "$1" "They have already saved their own changes to it."
  tui_wait "$1" "[s] save anyway"
  tui_wait "$1" "[c] cancel (keep editing, save later)"
}
# Quits the wizard of session $1, throwing away what is unsaved.
quit_unsaved() {
  tui_keys "$1" C-q
  sleep 0.3
  if tui_screen "$1" | grep -qF "Save your changes"; then
    tui_keys "$1" n
    tui_wait "$1" "Throw away every change"
    tui_keys "$1" Enter
  fi
  st=$(tui_wait_exit "$1"); [ "$st" = 0 ] || tui_fail "$1" "exit status $st"
}
"$SELOSTE" new --ui-lang en a.seloste >/dev/null || exit 1

# 1. A holds the lock; B edits anyway, types and saves
tui_start A --ui-lang en a.seloste
tui_wait A "Languages of the notice"
lock_elsewhere A
edit_anyway B
tui_open_purposes B
tui_type B "Bertan teksti"
tui_keys B C-s
tui_wait B "Saved a.seloste."
file_has a.seloste "Bertan teksti"
cp a.seloste b-saved; cp a.seloste.lock b-lock

# 2. A types and saves: told who took the lock; cancel keeps B's save and B's lock
tui_open_purposes A
tui_type A "Aten teksti"
tui_keys A C-s
taken_dialog A B
tui_keys A c
tui_wait A "Not saved."
cmp -s a.seloste b-saved || { echo "FAIL: cancel changed the file B saved"; exit 1; }
cmp -s a.seloste.lock b-lock || { echo "FAIL: the lock changed"; exit 1; }

# 3. A quits (its own lock is gone, it still thinks it holds one): B's lock stays as it was
quit_unsaved A
cmp -s a.seloste.lock b-lock || { echo "FAIL: quitting A removed or changed B's lock"; exit 1; }
cmp -s a.seloste b-saved || { echo "FAIL: quitting A changed the file"; exit 1; }

# 4. C edits anyway over B; B saves anyway: the lock stays C's, and C is warned when it saves
lock_elsewhere B
edit_anyway C
tui_open_purposes C
tui_type C "Ceen teksti"
tui_keys C C-s
tui_wait C "Saved a.seloste."
cp a.seloste.lock c-lock
tui_type B " ja lisää"
tui_keys B C-s
taken_dialog B C
tui_keys B s
tui_wait B "Another session holds its lock: you hold none now."
file_has a.seloste "Bertan teksti ja lisää"
cmp -s a.seloste.lock c-lock || { echo "FAIL: saving anyway took the lock back"; exit 1; }
tui_type C " taas"
tui_keys C C-s
tui_wait C "has changed on disk since you opened it"
tui_keys C c
tui_wait C "Not saved."
file_has a.seloste "Bertan teksti ja lisää"

# 5. B (holding no lock) quits: C's lock stays
quit_unsaved B
cmp -s a.seloste.lock c-lock || { echo "FAIL: quitting B removed or changed C's lock"; exit 1; }

# 6. the lock file is removed by hand: C's next save takes it again without asking about it
rm a.seloste.lock
tui_keys C C-s
tui_wait C "has changed on disk since you opened it"
tui_screen C | grep -qF "that session chose" && tui_fail C "asked about a lock that was gone"
tui_keys C o
tui_wait C "Saved a.seloste."
file_has a.seloste "Ceen teksti taas"
grep -q "^pid=$(tui_pid C)$" a.seloste.lock || { echo "FAIL: the lock was not taken again"; exit 1; }
quit_unsaved C
[ ! -e a.seloste.lock ] || { echo "FAIL: C left its lock behind"; exit 1; }
exit 0
