#!/bin/sh
# Trial finding: in the step-by-step add forms, Esc goes back one step and keeps what was typed in the
# step it left, not only what was accepted with Enter: the country typed in the provider form (Esc
# back to the role, Enter) and the interest typed in the own-purpose form (Esc back to the legal
# basis, Enter) are offered again. Finnish UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
TUI_OVERVIEW="Selosteen yleiskuva"

"$SELOSTE" new d.seloste >/dev/null 2>&1 || exit 1
tui_start a --ui-lang fi d.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
# the provider form: a name, a role, a country typed but not accepted, Esc, Enter at the role
tui_goto a providers "Palveluntarjoajat"
tui_wait a "+ Lisää palveluntarjoaja"
tui_keys a End Enter
tui_wait a "Palveluntarjoajan nimi"
tui_type a "Testi Oy"
tui_keys a Enter
tui_wait a "Mitä se tekee puolestanne"
tui_keys a Enter
tui_wait a "kaksikirjaiminen"
tui_type a "irlan"
tui_wait a "irlan"
tui_keys a Escape
tui_wait a "Mitä se tekee puolestanne"
tui_keys a Enter
tui_wait a "kaksikirjaiminen"
tui_wait a "irlan"                        # what was typed is back, to go on from
tui_type a "ti"
tui_keys a Enter
tui_wait a "Testi Oy — "
tui_wait a ", Irlanti"
# an own purpose resting on legitimate interests: the interest typed, Esc, Enter at the basis
tui_goto a purposes "Henkilötietojen käsittelyn tarkoitukset"
tui_keys a End
tui_wait a "+ Lisää oma käyttötarkoitus"
tui_keys a Enter
tui_wait a "Mihin tietoja käytetään?"
tui_type a "Oma"
tui_keys a Enter
tui_wait a "Tämän käyttötarkoituksen oikeusperuste"
tui_keys a Down Down Down Down Enter   # from "Sopimus" down to "Oikeutettu etu"
tui_wait a "Mitä oikeutettua etua"
tui_type a "Asiakassuhteen hoito"
tui_wait a "Asiakassuhteen hoito"
tui_keys a Escape
tui_wait a "Tämän käyttötarkoituksen oikeusperuste"
tui_keys a Enter
tui_wait a "Mitä oikeutettua etua"
tui_wait a "Asiakassuhteen hoito"
tui_keys a Enter
tui_wait a "Oma — Oikeutettu etu"
tui_keys a C-s
tui_wait a "tallennettiin"
grep -qF 'country = "IE";' d.seloste || { echo "FAIL: the provider was not saved in IE"; exit 1; }
grep -qF '"Asiakassuhteen hoito"' d.seloste || { echo "FAIL: the interest was not saved"; exit 1; }
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0
