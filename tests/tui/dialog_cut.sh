#!/bin/sh
# A question taller than the 80x24 screen keeps its answers in view: the text above them is cut and
# the cut is marked, so the person always sees which keys answer (^F with six missing details, fi).
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
"$SELOSTE" new a.seloste >/dev/null 2>&1 || exit 1
# the register's name emptied, and a text that refers to it and to the contact person's phone
sed -i 's/fi = "Asiakasrekisteri";/fi = "";/; s/en = "Customer register";/en = "";/' a.seloste
awk 'done != 1 && /^  purposes :/ { p = 1 } p && /^    fi = "/ { sub(/fi = "/, "fi = \"Soita {contact_phone}, rekisteri {register}. "); p = 0; done = 1 } { print }' \
  a.seloste >b.seloste && mv b.seloste a.seloste
grep -qF "{contact_phone}" a.seloste || { echo "FAIL: the fixture was not made"; exit 1; }
tui_start a --ui-lang fi a.seloste
tui_wait a "Selosteen kielet"
tui_keys a C-f
tui_wait a "puutteellisena"
tui_wait a "[p] peruuta"                       # the answers, at the bottom of the box
tui_screen a | grep -q "│ … *│" || tui_fail a "the cut text is not marked"
tui_screen a | grep -q "└" || tui_fail a "the box has no bottom border"
tui_keys a p
tui_wait_gone a "puutteellisena"
[ ! -e a.fi.html ] || { echo "FAIL: a notice file was written"; exit 1; }
tui_keys a C-q
tui_wait_exit a >/dev/null
exit 0
