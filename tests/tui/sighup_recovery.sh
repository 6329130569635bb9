#!/bin/sh
# SIGHUP while typing in the editor (the SSH connection drops): restart, restore, every character is back.
. "$top_srcdir/tests/tui/tmux.sh"

"$SELOSTE" new --ui-lang en hup.seloste >/dev/null || exit 1
tui_start a --ui-lang en hup.seloste
tui_wait a "Languages of the notice"
tui_open_purposes a                   # its text has the focus: typing goes into it
tui_type a "Keskeneräinen teksti: äöå ÄÖÅ € loppu"
tui_wait a "loppu"                    # the last word typed (the text may wrap anywhere before it)
kill -HUP "$(tui_pid a)"              # at once: the last keys are younger than the recovery delay
st=$(tui_wait_exit a)
[ "$st" = 129 ] || tui_fail a "exit status $st after SIGHUP"
[ -e hup.seloste.recovery ] || { echo "FAIL: no recovery file"; exit 1; }
file_has hup.seloste.recovery "Keskeneräinen teksti: äöå ÄÖÅ € loppu"
[ ! -e hup.seloste.lock ] || { echo "FAIL: the lock was left behind"; exit 1; }
! grep -qF "Keskeneräinen" hup.seloste || { echo "FAIL: the document itself was changed"; exit 1; }

tui_start b --ui-lang en hup.seloste
tui_wait b "Unsaved work on hup.seloste from $(date +%Y-%m-%d)"
tui_keys b r
tui_wait b "Restored the unsaved work"
tui_keys b Enter
tui_wait b "Controller"
tui_goto b purposes "Purposes of processing"
tui_wait b "Text in Finnish: edited"
tui_keys b Tab                        # into the text, where it was typed
tui_wait b "loppu"
tui_keys b C-s
tui_wait b "Saved hup.seloste."
file_has hup.seloste "Keskeneräinen teksti: äöå ÄÖÅ € loppu"
[ ! -e hup.seloste.recovery ] || { echo "FAIL: recovery file kept after saving"; exit 1; }

# SIGTERM a few seconds after choosing an option (not typing): the periodic write has it already.
# On the list of purposes (Shift-Tab back to it), tick the stock purpose "Credit check" (the sixth).
tui_keys b BTab
tui_wait b "Space Choose"
tui_wait b "[ ] Credit check before buying on invoice"
grep -q 'id = "credit_check";' hup.seloste && { echo "FAIL: credit check already a purpose"; exit 99; }
tui_keys b Down Down Down Down Down Space
tui_wait b "[x] Credit check before buying on invoice"
i=0; while [ ! -e hup.seloste.recovery ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
file_has hup.seloste.recovery 'id = "credit_check";'
kill -TERM "$(tui_pid b)"
st=$(tui_wait_exit b)
[ "$st" = 143 ] || tui_fail b "exit status $st after SIGTERM"
file_has hup.seloste.recovery 'id = "credit_check";'
exit 0
