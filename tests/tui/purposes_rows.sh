#!/bin/sh
# Issue 11 point 1: the purposes section is a list of purposes with their legal bases. Space ticks and
# unticks a stock purpose (a row in the saved file appears and goes); "+ Add a purpose of your own"
# asks for its text and basis, and a purpose resting on consent brings in "Withdrawing consent";
# ^Z takes the addition back. Letters typed in the dialogs are text, never commands.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
# The rows of the purposes section of file $1, one line each: id = "..."; and basis = "...";.
rows_of() { sed -n '/^  purposes : *$/,/^  };/p' "$1" | grep -E '^ +(id|basis|fi) = '; }

"$SELOSTE" new --ui-lang en p.seloste >/dev/null || exit 1
tui_start a --ui-lang en p.seloste
tui_wait a "Languages of the notice"
tui_keys a C-o
tui_wait a "Overview of the notice"
tui_screen a | grep "Withdrawing consent" | grep -q "does not apply" \
  || tui_fail a "consent withdrawal applies without a purpose resting on consent"
tui_keys a Escape
tui_keys a C-n C-n C-n C-n C-n C-n C-n
tui_wait a "Purposes of processing and their legal bases"
tui_wait a "[x] Orders, delivery and invoicing — Contract"
# tick the newsletter (consent), save: its row is in the file; untick it: the row goes
tui_keys a Down Down Down Down Down Down Down
tui_wait a "[ ] Newsletter — Consent"
tui_keys a Space
tui_wait a "[x] Newsletter — Consent"
tui_wait a 'Now also to be filled in: "Withdrawing consent"'
tui_keys a C-s
tui_wait a "Saved p.seloste."
rows_of p.seloste | grep -q 'id = "newsletter";' || { rows_of p.seloste; tui_fail a "no newsletter row saved"; }
tui_keys a Space
tui_wait a "[ ] Newsletter — Consent"
tui_keys a C-s
tui_wait a "Saved p.seloste."
rows_of p.seloste | grep -q 'id = "newsletter";' && tui_fail a "the unticked newsletter row was saved"
rows_of p.seloste | grep -q 'id = "orders";' || tui_fail a "the orders row went missing"
# an own purpose: text (letters such as q, s and o are text here), then its basis, consent
tui_keys a End
tui_wait a "+ Add a purpose of your own"
tui_keys a Enter
tui_wait a "Write the purpose in Finnish"
tui_type a "Arvonnat ja kilpailut, osallistujat"
tui_keys a Enter
tui_wait a "Legal basis of this purpose"
tui_keys a Up Enter
tui_wait a "Arvonnat ja kilpailut, osallistujat — Consent"
tui_wait a 'Now also to be filled in: "Withdrawing consent"'
tui_keys a C-o
tui_wait a "Overview of the notice"
tui_screen a | grep "Withdrawing consent" | grep -q "does not apply" \
  && tui_fail a "consent withdrawal does not apply after a purpose resting on consent was added"
tui_keys a Escape
tui_wait a "Purposes of processing and their legal bases"
tui_keys a C-s
tui_wait a "Saved p.seloste."
rows_of p.seloste | grep -A2 'id = "own-1";' | grep -q 'basis = "consent";' || { rows_of p.seloste; tui_fail a "own row not saved"; }
rows_of p.seloste | grep -q 'fi = "Arvonnat ja kilpailut, osallistujat";' || tui_fail a "own row's text not saved"
# Enter on the own row: its menu; change the basis to legitimate interests, which asks for the interest
tui_keys a Enter
tui_wait a "Change this purpose"
tui_keys a Down Enter
tui_wait a "Legal basis of this purpose"
tui_keys a End Enter
tui_wait a "Which legitimate interest"
tui_type a "asiakkaiden sitouttaminen"
tui_keys a Enter
tui_wait a "Legitimate interest (Finnish): asiakkaiden sitouttaminen"
tui_keys a Escape
tui_wait a "Arvonnat ja kilpailut, osallistujat — Legitimate interests"
# removing an own row asks (Enter); ^Z brings it back, ^Z again takes back the whole addition
tui_keys a Enter
tui_wait a "Change this purpose"
tui_keys a End Enter
tui_wait a "Remove the purpose"
tui_keys a Enter
tui_wait_gone a "Arvonnat ja kilpailut, osallistujat"
tui_keys a C-z
tui_wait a "Arvonnat ja kilpailut, osallistujat — Legitimate interests"
tui_keys a C-z C-z C-z
tui_wait_gone a "Arvonnat ja kilpailut"
tui_keys a C-s
tui_wait a "Saved p.seloste."
rows_of p.seloste | grep -q 'own-1' && tui_fail a "^Z did not take the own purpose back"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0
