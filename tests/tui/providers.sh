#!/bin/sh
# Issue 11 points 2 and 3: "+ Add a service provider" asks the name, the role, the country (an unknown
# code is asked again with a clear message) and, outside the EU/EEA, the transfer mechanism; the status
# line says that the transfers section, marked not applicable ("no transfers"), needs the mechanism
# ticked. In transfers, ^X fills the checklist in and Space ticks the mechanism. Finnish UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
section_of() { sed -n "/^  $2 : *\$/,/^  };/p" "$1"; }

"$SELOSTE" new d.seloste >/dev/null || exit 1
tui_start a --ui-lang fi d.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
tui_keys a C-n C-n C-n C-n C-n C-n C-n
tui_wait a "GDPR 13(1)(c)"
tui_keys a C-n C-n C-n C-n C-n C-n C-n
tui_wait a "+ Lisää palveluntarjoaja"
tui_keys a Enter
tui_wait a "Palveluntarjoajan nimi"
tui_type a "Mailchimp (Intuit Inc.)"
tui_keys a Enter
tui_wait a "Mitä se tekee puolestanne"
tui_keys a Down Down Enter
tui_wait a "kaksikirjaiminen"
tui_type a "xq"
tui_keys a Enter
tui_wait a "Maata \"xq\" seloste ei tunne"
tui_keys a BSpace BSpace   # what was typed stays in the box to be mended
tui_type a " us "
tui_keys a Enter
tui_wait a "Yhdysvallat on EU:n/ETA:n ulkopuolella"
tui_keys a Enter                 # the Data Privacy Framework is offered first for the United States
tui_wait a "Mailchimp (Intuit Inc.) — "
tui_wait a ", Yhdysvallat, "
tui_wait a "Rastita \"EU:n ja Yhdysvaltojen"
tui_keys a C-s
tui_wait a "tallennettiin"
section_of d.seloste providers >prov.txt
grep -q 'name = "Mailchimp (Intuit Inc.)";' prov.txt && grep -q 'country = "US";' prov.txt \
  && grep -q 'mechanism = "dpf";' prov.txt && grep -q 'role = "email";' prov.txt \
  || { cat prov.txt; tui_fail a "the provider was not saved as added"; }
# transfers: not applicable ("no transfers") until ^X; then the mechanisms are a checklist
tui_keys a C-n
tui_wait a "Tietojen siirto EU:n tai ETA:n ulkopuolelle"
tui_wait a "^X ottaa kohdan sittenkin käyttöön"
tui_keys a C-x
tui_wait a "Mitään ei ole rastitettu"
tui_keys a Down Space
tui_wait a "[x]"
tui_keys a C-s
tui_wait a "tallennettiin"
section_of d.seloste transfers >tr.txt
grep -q 'items = \[ "dpf" \];' tr.txt && ! grep -q 'not_applicable = true' tr.txt \
  || { cat tr.txt; tui_fail a "transfers not saved with the mechanism"; }
# Enter on the provider's row: remove it, confirmed with Enter; ^Z brings it back
tui_keys a C-p
tui_wait a "+ Lisää palveluntarjoaja"
tui_keys a Enter
tui_wait a "Muuta palveluntarjoajan tietoja"
tui_keys a End Enter
tui_wait a "Poistetaanko palveluntarjoaja"
tui_keys a Enter
tui_wait_gone a "Mailchimp"
tui_keys a C-z
tui_wait a "Mailchimp (Intuit Inc.)"
tui_keys a C-q
tui_wait a "Tallennatko muutoksesi"
tui_keys a e
tui_wait a "Hylätäänkö kaikki muutokset"
tui_keys a Enter
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0
