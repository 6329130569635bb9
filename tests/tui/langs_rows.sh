#!/bin/sh
# Trial 5 finding 1: each purpose row keeps its own languages in step. An own purpose written in
# Finnish and then in English is in step (no language out of date); changing the Finnish retention of
# the ticked newsletter row then marks that row's English out of date: the status line says so on
# leaving, the list row and the overview show "EN vanhentunut", the saved row has fi_from lead = true
# and `seloste check` names the purpose. Editing the row's English brings it back in step. Finnish UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
TUI_OVERVIEW="Selosteen yleiskuva"
# The fi_from or en_from block ($3) of the purpose row with id $2 in file $1.
row_from() {
  sed -n '/^  purposes : *$/,/^  };/p' "$1" | sed -n "/id = \"$2\";/,/^      }/p" |
    sed -n "/^        $3_from : *\$/,/^        };/p"
}
# Opens the edit menu of the selected purpose row in session $1 and changes its item $2 (Down presses
# from the top of the menu) by appending $3 to it.
row_change() {
  tui_keys "$1" Enter
  tui_wait "$1" "Muuta käyttötarkoitusta"
  [ "$2" -gt 0 ] && tui_keys "$1" $(seq 1 "$2" | sed 's/.*/Down/')
  tui_keys "$1" Enter
  tui_wait_gone "$1" "Muuta käyttötarkoitusta"
  tui_keys "$1" End
  tui_type "$1" "$3"
  tui_keys "$1" Enter
  tui_wait "$1" "Muuta käyttötarkoitusta"
  tui_keys "$1" Escape
  tui_wait_gone "$1" "Muuta käyttötarkoitusta"
}

"$SELOSTE" new r2.seloste >/dev/null || exit 1
tui_start a --ui-lang fi r2.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
tui_goto a purposes "Henkilötietojen käsittelyn tarkoitukset"
tui_wait a "[x] Tilaukset"
# the newsletter ticked (stock texts in both languages: nothing out of date)
tui_keys a Home Down Down Down Down Down Down Down
tui_wait a "[ ] Uutiskirje"
tui_keys a Space
tui_wait a "[x] Uutiskirje — Suostumus"
# an own purpose "Oma" (contract) with a Finnish retention; then its English name and retention
tui_keys a End
tui_wait a "+ Lisää oma käyttötarkoitus"
tui_keys a Enter
tui_wait a "Mihin tietoja käytetään?"
tui_type a "Oma"
tui_keys a Enter
tui_wait a "Tämän käyttötarkoituksen oikeusperuste"
tui_keys a Enter
tui_wait a "Oma — Sopimus"
row_change a 2 "Vuosi"
tui_keys a C-k
tui_wait a "Teksti (englanti)"
row_change a 0 "Own"
row_change a 2 "One year"
tui_keys a C-s
tui_wait a "tallennettiin"
tui_screen a | grep -q "vanhentunut" && tui_fail a "out of date after both languages of the own row were written"
row_from r2.seloste own-1 en | grep -q "lead = false;" || tui_fail a "the own row's English did not catch up"
# the newsletter's Finnish retention changed: its English lags, said on leaving
tui_keys a C-k
tui_wait a "Teksti (suomi)"
tui_keys a Home Down Down Down Down Down Down Down
tui_wait a "[x] Uutiskirje"
row_change a 2 " LISÄYS."
tui_keys a C-n
tui_wait a "Muutit käyttötarkoitusta"
tui_screen a | grep -q "kielellä englanti" || tui_fail a "the offer does not say that the English lags"
tui_keys a C-p
tui_wait a "[x] Uutiskirje — Suostumus  [EN vanhentunut]"
tui_screen a | grep "Oma — Sopimus" | grep -q "vanhentunut" && tui_fail a "the own row marked out of date"
tui_screen a | grep "Teksti (suomi)" | grep -q "vanhentunut" && tui_fail a "the intro text marked out of date"
tui_keys a C-o
tui_wait a "Selosteen yleiskuva"
tui_screen a | grep "käsittelyn tarkoitukset" | grep -q "! EN vanhentunut" \
  || tui_fail a "the overview does not mark the purposes out of date"
tui_keys a Escape
tui_keys a C-s
tui_wait a "tallennettiin"
row_from r2.seloste newsletter fi | grep -q "lead = true;" || tui_fail a "the newsletter's fi_from is not a lead edit"
"$SELOSTE" check --ui-lang fi r2.seloste >check.out 2>&1
grep "purposes" check.out | grep -q "käyttötarkoitusta \"" || { cat check.out; tui_fail a "check does not name the row"; }
grep -q '"Oma"\|"Own"' check.out && { cat check.out; tui_fail a "check reports the own row, which is in step"; }
# the newsletter's English retention edited too: in step again everywhere
tui_keys a C-k
tui_wait a "Teksti (englanti)"
tui_keys a Home Down Down Down Down Down Down Down
tui_wait a "[x] Uutiskirje — Suostumus  [EN vanhentunut]"
row_change a 2 " ADDITION."
tui_keys a C-s
tui_wait a "tallennettiin"
tui_wait_gone a "vanhentunut"
tui_keys a C-o
tui_wait a "Selosteen yleiskuva"
tui_screen a | grep -q "vanhentunut" && tui_fail a "the overview still marks a language out of date"
"$SELOSTE" check --ui-lang fi r2.seloste >check.out 2>&1
grep -q "languages_out_of_step\|vanhentunut" check.out && { cat check.out; tui_fail a "check still reports it"; }
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0
