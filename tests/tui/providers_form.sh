#!/bin/sh
# Trial 5 finding 8 (a)-(c): in the form for a new service provider, Esc at a later step goes back one
# step with what was typed kept (the name survives Esc at the country and at the role; the country
# typed comes back after Esc at the country); the country may be given by its Finnish or English name
# ("Irlanti", "USA", " suomi ") as well as its code, and an unknown one is answered with the code
# form; after a provider outside the EU/EEA the whole hint about ticking its mechanism in transfers
# is in view at 80x24, above the key bar. Finnish UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
TUI_OVERVIEW="Selosteen yleiskuva"
section_of() { sed -n "/^  $2 : *\$/,/^  };/p" "$1"; }

"$SELOSTE" new d.seloste >/dev/null 2>&1 || exit 1
tui_start a --ui-lang fi d.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
tui_goto a providers "Palveluntarjoajat"
tui_wait a "+ Lisää palveluntarjoaja"
tui_keys a Enter
tui_wait a "Palveluntarjoajan nimi"
tui_type a "Google Ireland Ltd"
tui_keys a Enter
tui_wait a "Mitä se tekee puolestanne"
tui_keys a Down Enter
tui_wait a "kaksikirjaiminen"
tui_type a "Atlantis"
tui_keys a Enter
tui_wait a 'Maata "Atlantis" seloste ei tunne'
tui_wait a "esimerkiksi FI"
tui_keys a Escape                 # back to the role, then to the name: nothing typed is lost
tui_wait a "Mitä se tekee puolestanne"
tui_keys a Escape
tui_wait a "Palveluntarjoajan nimi"
tui_wait a "Google Ireland Ltd"
tui_keys a Enter
tui_wait a "Mitä se tekee puolestanne"
tui_keys a Enter
tui_wait a "kaksikirjaiminen"
tui_wait a "Atlantis"                 # the country typed is offered again: mended, not retyped
tui_keys a BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
tui_wait_gone a "Atlantis"
tui_type a "Irlanti"
tui_keys a Enter
tui_wait a "Google Ireland Ltd — "
tui_wait a ", Irlanti"
# a US provider: the country by a common name; Esc at the mechanism goes back to the country
tui_keys a End Enter
tui_wait a "Palveluntarjoajan nimi"
tui_type a "Mailchimp (Intuit Inc.)"
tui_keys a Enter
tui_wait a "Mitä se tekee puolestanne"
tui_keys a Enter
tui_wait a "kaksikirjaiminen"
tui_type a "USA"
tui_keys a Enter
tui_wait a "Yhdysvallat on EU:n/ETA:n ulkopuolella"
tui_keys a Escape
tui_wait a "kaksikirjaiminen"
tui_keys a Enter
tui_wait a "Yhdysvallat on EU:n/ETA:n ulkopuolella"
tui_keys a Enter
tui_wait a "Mailchimp (Intuit Inc.) — "
tui_wait a ", Yhdysvallat"
tui_wait a "Rastita \"EU:n ja Yhdysvaltojen"
# the whole hint shows: its last words are on the screen, above the key bar
tui_screen a | tr -s ' \n' '  ' | grep -qF "kohta on nyt merkitty tarpeettomaksi)." \
  || tui_fail a "the hint about transfers is cut off"
# a third, Finnish: the name in lower case with blanks around it
tui_keys a End Enter
tui_wait a "Palveluntarjoajan nimi"
tui_type a "Tilitoimisto Oy"
tui_keys a Enter
tui_wait a "Mitä se tekee puolestanne"
tui_keys a Enter
tui_wait a "kaksikirjaiminen"
tui_type a " suomi "
tui_keys a Enter
tui_wait a "Tilitoimisto Oy — "
tui_keys a C-s
tui_wait a "tallennettiin"
section_of d.seloste providers >prov.txt
for c in IE US FI; do
  grep -q "country = \"$c\";" prov.txt || { cat prov.txt; tui_fail a "no provider saved in $c"; }
done
grep -q 'mechanism = "dpf";' prov.txt || { cat prov.txt; tui_fail a "the US provider has no mechanism"; }
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
echo "all assertions passed"
