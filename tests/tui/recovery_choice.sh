#!/bin/sh
# The earlier session's unsaved work is never overwritten before the person chose: Esc at the
# recovery question keeps it aside; unsaved work older than the file's last save says so with both times.
. "$top_srcdir/tests/tui/tmux.sh"

# Leaves FILE.recovery with text $3 in it, as a session killed with -9 (session $2) does.
crash_with_text() {
  "$SELOSTE" new --ui-lang en "$1" >/dev/null || exit 1
  tui_start "$2" --ui-lang en "$1"
  tui_wait "$2" "Languages of the notice"
  tui_open_purposes "$2"
  tui_type "$2" "$3"
  tui_wait "$2" "$3"
  i=0; until grep -qF "$3" "$1.recovery" 2>/dev/null; do
    i=$((i + 1)); [ $i -lt 100 ] || tui_fail "$2" "no recovery file"; sleep 0.1; done
  kill -KILL "$(tui_pid "$2")"
  tui_wait_exit "$2" >/dev/null
  rm -f "$1.lock"
}

# 1. Esc at the question: the earlier work is kept aside, and this session's recovery writes do not touch it
crash_with_text rc.seloste a "Aiempi istunto kirjoitti tämän"
tui_start b --ui-lang en rc.seloste
tui_wait b "Unsaved work on rc.seloste from"
tui_keys b Escape
tui_wait b "The earlier unsaved work was kept as rc.seloste.recovery.1"
tui_wait b 'it with "seloste rc.seloste.recovery.1".' # whole, in a box (the status line cut it)
tui_keys b Space
tui_wait_gone b "Press any key to go on."
file_has rc.seloste.recovery.1 "Aiempi istunto kirjoitti tämän"
tui_open_purposes b
tui_type b "Uusi istunto"
tui_wait b "Uusi istunto"
i=0; until grep -qF "Uusi istunto" rc.seloste.recovery 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 100 ] || tui_fail b "no recovery file of the new session"; sleep 0.1; done
file_has rc.seloste.recovery.1 "Aiempi istunto kirjoitti tämän"
! grep -qF "Aiempi" rc.seloste.recovery || { echo "FAIL: the new session restored unasked"; exit 1; }
# a second crash and Esc again: the first copy is not replaced, the second goes beside it
kill -KILL "$(tui_pid b)"; tui_wait_exit b >/dev/null; rm -f rc.seloste.lock
tui_start c --ui-lang en rc.seloste
tui_wait c "Unsaved work on rc.seloste from"
tui_keys c l
tui_wait c "kept as rc.seloste.recovery.2"
tui_keys c Space
tui_wait_gone c "Press any key to go on."
file_has rc.seloste.recovery.1 "Aiempi istunto kirjoitti tämän"
file_has rc.seloste.recovery.2 "Uusi istunto"
tui_keys c C-q
st=$(tui_wait_exit c); [ "$st" = 0 ] || tui_fail c "exit status $st"
# the copy kept aside opens as a document of its own
"$SELOSTE" render --draft rc.seloste.recovery.1 >rendered.txt 2>&1 || { echo "FAIL: the copy does not render"; exit 1; }
file_has rendered.txt "Aiempi istunto kirjoitti tämän"

# 2. Unsaved work older than the file's last save: both times are shown, and the saved file can be kept
crash_with_text old.seloste d "Vanha tallentamaton teksti"
cp old.seloste old.saved
touch -d '2024-03-01 12:01:00' old.seloste.recovery
touch -d '2024-03-01 12:30:00' old.seloste
tui_start e --ui-lang en old.seloste
tui_wait e "Unsaved work on old.seloste was found, but it is older than the"
tui_wait e "the unsaved work is from 2024-03-01 12:01:00, the file was"
tui_wait e "saved at 2024-03-01 12:30:00."
tui_wait e "[d] keep the saved file"
tui_keys e d
tui_wait e "Delete the unsaved work for good?"   # cannot be undone: a letter typed on answers no
tui_keys e x
tui_wait e "[d] keep the saved file"
[ -e old.seloste.recovery ] || tui_fail e "a letter deleted the unsaved work"
tui_keys e d
tui_wait e "Delete the unsaved work for good?"
tui_keys e Enter
tui_wait e "Languages of the notice"
[ ! -e old.seloste.recovery ] || tui_fail e "the discarded recovery file is still there"
tui_keys e C-q
st=$(tui_wait_exit e); [ "$st" = 0 ] || tui_fail e "exit status $st"
cmp -s old.seloste old.saved || { echo "FAIL: the saved file was changed"; exit 1; }
! grep -qF "Vanha tallentamaton" old.seloste || { echo "FAIL: the older work replaced the file"; exit 1; }
exit 0
