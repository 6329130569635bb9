#!/bin/sh
# A second instance on a locked file is told who holds it and may open it read-only; stale locks clear.
. "$top_srcdir/tests/tui/tmux.sh"

"$SELOSTE" new --ui-lang en lk.seloste >/dev/null || exit 1
tui_start a --ui-lang en lk.seloste
tui_wait a "Languages of the notice"
[ -e lk.seloste.lock ] || { echo "FAIL: no lock file"; exit 1; }
tui_start b --ui-lang en lk.seloste
tui_wait b "lk.seloste is being edited by $(id -un) on $(hostname) since $(date +%Y-%m-%d)"
tui_wait b "[r] open it read-only"
# a session running here with its terminal is never edited around: two sessions would share, offer
# and remove one recovery file and lose each other's typing
tui_wait b "Ask them to close it first"
tui_screen b | grep -q "edit anyway" && tui_fail b "edit anyway offered against a running session"
tui_keys b r
tui_wait b "(read-only)"
cp lk.seloste lk.before
tui_keys b Enter C-n C-n C-n C-n
tui_wait b "Name of the register"
tui_type b "e"                                       # a letter is text, and read-only takes none
tui_wait b "Opened read-only: what you typed was not used."
tui_keys b C-s
tui_wait b "Opened read-only: nothing was saved."
cmp -s lk.seloste lk.before || { echo "FAIL: the read-only instance changed the file"; exit 1; }
tui_keys b C-q
st=$(tui_wait_exit b); [ "$st" = 0 ] || tui_fail b "exit status $st"
[ -e lk.seloste.lock ] || { echo "FAIL: the read-only instance removed the lock"; exit 1; }
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
[ ! -e lk.seloste.lock ] || { echo "FAIL: lock left behind"; exit 1; }

# the same document through a symbolic link shares the lock: a second person is told, not let in
ln -s lk.seloste via-link.seloste
tui_start a2 --ui-lang en lk.seloste
tui_wait a2 "Languages of the notice"
tui_start b2 --ui-lang en via-link.seloste
tui_wait b2 "via-link.seloste is being edited by $(id -un)"
tui_keys b2 q
st=$(tui_wait_exit b2); [ "$st" = 2 ] || tui_fail b2 "exit status $st"
[ ! -e via-link.seloste.lock ] || { echo "FAIL: a second lock beside the link"; exit 1; }
tui_keys a2 C-q
st=$(tui_wait_exit a2); [ "$st" = 0 ] || tui_fail a2 "exit status $st"
[ ! -e lk.seloste.lock ] || { echo "FAIL: lock left behind"; exit 1; }

# a lock from a crashed process on this host: cleared without asking
sh -c 'exit 0' & dead=$!; wait $dead
printf 'user=ghost\nhost=%s\npid=%s\nsince=1700000000\n' "$(hostname)" "$dead" >lk.seloste.lock
tui_start c --ui-lang en lk.seloste
tui_wait c "Languages of the notice"
tui_screen c | grep -q "being edited" && tui_fail c "stale lock not cleared"
grep -q "pid=$(tui_pid c)" lk.seloste.lock || { echo "FAIL: lock not taken over"; exit 1; }
tui_keys c C-q
st=$(tui_wait_exit c); [ "$st" = 0 ] || tui_fail c "exit status $st"
exit 0
