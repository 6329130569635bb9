#!/bin/sh
# A new notice from start to finish accepting the stock text: every section visited; without
# organisation settings only drafts can be written.
. "$top_srcdir/tests/tui/tmux.sh"

tui_start a --ui-lang en asiakasrekisteri.seloste
tui_wait a "Languages of the notice"
tui_wait a "[x] Finnish (suomi)"
tui_keys a Enter
tui_wait a "Controller"
tui_wait a " –/25"                # the controller is empty: not in the notice, so no number yet
tui_keys a C-n
tui_wait a "Contact person for matters"
for n in $(seq 1 25); do         # walk every section that applies, one ^N at a time
  tui_keys a C-n
  tui_wait a " $n/25"
done
tui_keys a C-n
tui_wait a "Other information"          # empty, so not in the notice either
tui_wait a " –/25"
tui_keys a C-n
tui_wait a "This was the last section"
tui_keys a C-f
# no organisation settings here, so the controller is empty: ^F writes no notice and says what is
# missing (issue 11 point 5); the check lists it too
tui_wait a "but the notice files"
tui_wait a "the controller's name is missing"
tui_keys a c
tui_wait_gone a "but the notice files"
tui_keys a C-r
tui_wait a "Check:"
tui_screen a | grep -E "^ E  Controller: " >/dev/null || tui_fail a "the review does not list the empty controller as an error"
tui_keys a Enter                         # jumps to the section of the finding
tui_wait a "GDPR 13(1)(a)"
tui_wait a " –/25"
tui_keys a C-o                           # the overview marks it too
tui_wait a "Overview of the notice"
tui_screen a | grep "Controller" | grep -qF "problem" || tui_fail a "the overview does not mark the controller"
# purposes has a finding too: its {controller} placeholder cannot be filled
tui_screen a | grep "Purposes of processing" | grep -qF "! stock text" || tui_fail a "the overview does not mark findings"
tui_keys a Escape
tui_keys a C-f                           # drafts, named as such, are all that can be written
tui_wait a "but the notice files"
tui_keys a d
tui_wait a "DRAFTS"
tui_wait a "asiakasrekisteri.fi.draft.txt"
tui_wait a "asiakasrekisteri.fi.draft.html"
tui_keys a Space
tui_wait_gone a "DRAFTS"
tui_keys a C-q                           # saved by ^F: nothing to ask
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"

for f in asiakasrekisteri.seloste asiakasrekisteri.fi.draft.txt asiakasrekisteri.fi.draft.html \
         asiakasrekisteri.en.draft.txt asiakasrekisteri.en.draft.html; do
  [ -s "$f" ] || { echo "FAIL: $f missing"; exit 1; }
done
for f in asiakasrekisteri.fi.txt asiakasrekisteri.fi.html asiakasrekisteri.en.txt asiakasrekisteri.en.html; do
  [ ! -e "$f" ] || { echo "FAIL: $f written with details missing"; exit 1; }
done
file_has asiakasrekisteri.seloste 'choice = "contract";'
file_has asiakasrekisteri.seloste 'origin = "stock";'
"$SELOSTE" render --draft asiakasrekisteri.seloste --lang fi --format text >render.txt || exit 1
cmp render.txt asiakasrekisteri.fi.draft.txt || { echo "FAIL: the .txt differs from seloste render --draft"; exit 1; }
file_has asiakasrekisteri.fi.draft.txt "Tietosuojavaltuutetun toimisto"
file_has asiakasrekisteri.fi.draft.html "<html"
[ ! -e asiakasrekisteri.seloste.lock ] || { echo "FAIL: lock left behind"; exit 1; }
[ ! -e asiakasrekisteri.seloste.recovery ] || { echo "FAIL: recovery file left behind"; exit 1; }
exit 0
