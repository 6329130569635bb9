#!/bin/sh
# Trial 5 finding 3: ^Z after a slip leaves no language out of date. A Space typed into the empty
# section "Sivumme sosiaalisessa mediassa", saved (^S records the visit so far) and undone (^Z), then
# saved again, leaves no "EN vanhentunut" in the overview, no lead edit in the file and no check
# warning: a section with no text in either language is never out of date. The same with a section
# that has text ("Rekisterin nimi"): a change recorded at ^S and then undone records nothing, since
# a visit whose changes were all undone changed nothing. Finnish UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
TUI_OVERVIEW="Selosteen yleiskuva"
section_of() { sed -n "/^  $2 : *\$/,/^  };/p" "$1"; }
# Fails unless the overview of session $1 marks no language out of date.
overview_in_step() {
  tui_keys "$1" C-o
  tui_wait "$1" "Selosteen yleiskuva"
  tui_keys "$1" End
  sleep 0.3
  tui_screen "$1" | grep -q "vanhentunut" && tui_fail "$1" "the overview marks a language out of date"
  tui_keys "$1" Home
  sleep 0.3
  tui_screen "$1" | grep -q "vanhentunut" && tui_fail "$1" "the overview marks a language out of date"
  tui_keys "$1" Escape
  tui_wait_gone "$1" "Selosteen yleiskuva"
}

"$SELOSTE" new d.seloste >/dev/null || exit 1
tui_start a --ui-lang fi d.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
tui_goto a social_media "Sivumme sosiaalisessa mediassa"
tui_wait a "Teksti (suomi): tyhjä"
tui_keys a Space
tui_wait a "Teksti (suomi): muokattu"
tui_keys a C-s
tui_wait a "tallennettiin"
tui_keys a C-z
tui_wait a "Teksti (suomi): tyhjä"
tui_keys a C-s
tui_wait a "tallennettiin"
tui_screen a | grep -q "vanhentunut" && tui_fail a "the section is marked out of date"
overview_in_step a

tui_goto a register_name "Rekisterin nimi"
tui_type a "Lisäys "
tui_wait a "Lisäys"
tui_keys a C-s
tui_wait a "tallennettiin"
tui_keys a C-z
tui_wait_gone a "Lisäys"
tui_keys a C-s
tui_wait a "tallennettiin"
overview_in_step a
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"

for id in social_media register_name; do
  section_of d.seloste $id >sec.txt
  if grep -q "lead = true" sec.txt; then cat sec.txt; echo "FAIL: $id got a lead edit for changes all undone"; exit 1; fi
done
"$SELOSTE" check --ui-lang en d.seloste >check.out 2>&1
grep -q "^d.seloste: controller: " check.out || { cat check.out; echo "FAIL: check did not run"; exit 1; }
if grep -E "social_media|register_name" check.out; then echo "FAIL: check warns about a section whose changes were undone"; exit 1; fi
echo "all assertions passed"
