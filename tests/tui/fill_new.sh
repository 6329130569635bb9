#!/bin/sh
# A new notice from start to finish accepting the stock text: every section visited; without
# organisation settings only drafts can be written.
. "$top_srcdir/tests/tui/tmux.sh"

tui_start a --ui-lang en asiakasrekisteri.seloste
tui_wait a "Languages of the notice"
tui_wait a "[x] Finnish (suomi)"
tui_keys a Enter
tui_wait a "Controller"
# the controller is empty: not in the notice, so no number yet; the title bar gives the total
tui_wait a " –/"
total=$(tui_screen a | head -1 | sed -n 's/.* –\/\([0-9][0-9]*\) *$/\1/p')
[ -n "$total" ] || tui_fail a "no '–/N' in the title bar"
tui_keys a C-n
tui_wait a "Contact person for matters"
tui_wait a " –/$total"           # empty too
# walk every section that applies, one ^N at a time, up to "Other information": the title bar
# counts 1 to the total in order; an empty section the notice leaves out (no stock text for it) has "–"
: >walk
n=0
until tui_screen a | sed -n 2p | grep -q "Other information"; do
  was=$(tui_screen a | sed -n 2p)
  tui_keys a C-n
  i=0
  while [ "$(tui_screen a | sed -n 2p)" = "$was" ]; do
    i=$((i + 1)); [ $i -lt 300 ] || tui_fail a "^N did not move on from '$was'"
    sleep 0.05
  done
  sleep 0.05
  mark=$(tui_screen a | head -1 | sed -n "s/.* \([0-9–]*\)\/$total *\$/\1/p")
  echo "$mark $(tui_screen a | sed -n 2p)" >>walk
  case $mark in
    –) ;;
    "$((n + 1))") n=$((n + 1)) ;;
    *) tui_fail a "title bar '$mark/$total' after section $n" ;;
  esac
done
[ "$n" = "$total" ] || { echo "FAIL: the walk numbered $n of $total sections"; cat walk; exit 1; }
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
tui_wait a " –/$total"
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
file_has asiakasrekisteri.seloste 'basis = "contract";'
file_has asiakasrekisteri.seloste 'origin = "stock";'
"$SELOSTE" render --draft asiakasrekisteri.seloste --lang fi --format text >render.txt || exit 1
cmp render.txt asiakasrekisteri.fi.draft.txt || { echo "FAIL: the .txt differs from seloste render --draft"; exit 1; }
# the walk above visited as many numbered sections as the notice has
[ "$(grep -c '^[0-9][0-9]*\. ' render.txt)" = "$total" ] || { echo "FAIL: the notice does not have $total sections"; exit 1; }
file_has asiakasrekisteri.fi.draft.txt "Tietosuojavaltuutetun toimisto"
file_has asiakasrekisteri.fi.draft.html "<html"
[ ! -e asiakasrekisteri.seloste.lock ] || { echo "FAIL: lock left behind"; exit 1; }
[ ! -e asiakasrekisteri.seloste.recovery ] || { echo "FAIL: recovery file left behind"; exit 1; }
exit 0
