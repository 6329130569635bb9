#!/bin/sh
# Trial 5 finding 8 (d), (e): the box for a row's text shows the whole text being edited, wrapped
# onto several rows, so that Home and End and what is typed there stay in view; the person's own
# purposes are marked [x] like the ticked stock ones; Enter on an unticked stock purpose ticks it
# and opens its edit menu, as Enter on a ticked one does, and the status line says it was ticked
# (Space still ticks and unticks). Finnish UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
TUI_OVERVIEW="Selosteen yleiskuva"
rows_of() { sed -n '/^  purposes : *$/,/^  };/p' "$1" | grep -E '^ +(id|basis|fi|retention_fi) = '; }

"$SELOSTE" new d.seloste >/dev/null 2>&1 || exit 1
tui_start a --ui-lang fi d.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
tui_goto a purposes "Henkilötietojen käsittelyn tarkoitukset"
tui_wait a "[x] Tilaukset"
# the retention of the orders row: a text of more than one row, all of it in the box
tui_keys a Enter
tui_wait a "Muuta käyttötarkoitusta"
tui_keys a Down Down Enter
tui_wait a "Kuinka kauan"
tui_wait a "Asiakkuuden ajan"
tui_keys a End
tui_type a " LOPPU"
tui_keys a Home
tui_type a "ALKU "
tui_wait a "ALKU Asiakkuuden ajan"
tui_wait a "LOPPU"
tui_keys a Enter
tui_wait a "Muuta käyttötarkoitusta"
tui_keys a Escape
tui_wait_gone a "Muuta käyttötarkoitusta"
# Enter on the unticked newsletter: ticked, and its menu opens; the status line says so
tui_keys a Home Down Down Down Down Down Down Down
tui_wait a "[ ] Uutiskirje"
tui_keys a Enter
tui_wait a "Muuta käyttötarkoitusta"
tui_wait a 'Rastitettiin "Uutiskirje"'
tui_keys a Escape
tui_wait a "[x] Uutiskirje"
tui_keys a Space
tui_wait a "[ ] Uutiskirje"
# an own purpose is marked [x] too
tui_keys a End Enter
tui_wait a "Kirjoita käyttötarkoitus"
tui_type a "Arvonnat"
tui_keys a Enter
tui_wait a "oikeusperuste"
tui_keys a Enter
tui_wait a "[x] Arvonnat — "
tui_keys a C-s
tui_wait a "tallennettiin"
rows_of d.seloste | grep -q 'ALKU Asiakkuuden ajan' || { rows_of d.seloste; tui_fail a "the retention typed was not saved"; }
rows_of d.seloste | grep -q ' LOPPU";' || { rows_of d.seloste; tui_fail a "the end of the retention was not saved"; }
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
echo "all assertions passed"
