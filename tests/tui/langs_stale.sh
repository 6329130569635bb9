#!/bin/sh
# Issue 11 point 4: a change of the Finnish text of a section is recorded as a lead edit when the
# section is left (fi_from lead = true in the saved file); the English text is then marked out of date
# on the section screen and in the overview, and leaving offers, in the status line of the next
# section, to edit the English next (^P back, ^K the language): no question takes the keys typed next.
# Editing the English too brings it back in step. Placeholders show as
# words ("[yrityksen nimi]"), never as "{controller}". Finnish UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
# The NAME_from block ($3: fi or en) of section $2 in file $1.
from_of() { sed -n "/^  $2 : *\$/,/^  };/p" "$1" | sed -n "/^    $3_from : *\$/,/^    };/p"; }

"$SELOSTE" new d.seloste >/dev/null || exit 1
tui_start a --ui-lang fi d.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
tui_keys a C-n C-n C-n C-n C-n C-n C-n
tui_wait a "GDPR 13(1)(c)"
tui_wait a "[yrityksen nimi]"
tui_screen a | grep -qF "{controller}" && tui_fail a "a placeholder was shown in braces"
tui_keys a C-n
tui_wait a "GDPR 13(1)(d)"
tui_wait a "Teksti (suomi)"
tui_screen a | grep -q "vanhentunut" && tui_fail a "out of date before any edit"
tui_type a "Lisäys"
tui_wait a "Lisäys"
tui_keys a C-n
tui_wait a "Muutit kohdan"
tui_wait_gone a "GDPR 13(1)(d)"     # on in the next section; letters typed now are text, not answers
tui_keys a C-p C-k
tui_wait a "Teksti (englanti)"
tui_wait a "[EN vanhentunut]"
tui_wait a "GDPR 13(1)(d)"
tui_keys a C-o
tui_wait a "Selosteen yleiskuva"
tui_screen a | grep -q "! EN vanhentunut" || tui_fail a "the overview does not mark English out of date"
tui_keys a C-s
tui_wait a "tallennettiin"
from_of d.seloste legitimate_interest fi | grep -q "lead = true;" \
  || { sed -n '/^  legitimate_interest : *$/,/^  };/p' d.seloste; tui_fail a "fi_from is not a lead edit"; }
# the English edited too: back in step, no question on leaving, no mark
tui_keys a Escape
tui_wait a "Teksti (englanti)"
tui_type a "Addition"
tui_wait a "Addition"
tui_keys a C-n
tui_wait_gone a "GDPR 13(1)(d)"
tui_screen a | grep -q "Muutit kohdan" && tui_fail a "offered again after both languages were edited"
tui_keys a C-o
tui_wait a "Selosteen yleiskuva"
tui_screen a | grep -q "vanhentunut" && tui_fail a "still out of date after the English was edited"
tui_keys a C-s
tui_wait a "tallennettiin"
from_of d.seloste legitimate_interest en | grep -q "lead = false;" || tui_fail a "en_from did not catch up"
# Going on without editing the English: the mark stays
tui_keys a Escape
tui_keys a C-k
tui_wait a "Teksti (suomi)"
tui_type a "Toinen"
tui_keys a C-n
tui_wait a "Muutit kohdan"
tui_type a "xyz"
tui_wait a "xyz"
tui_keys a C-o
tui_wait a "Selosteen yleiskuva"
tui_screen a | grep -q "! EN vanhentunut" || tui_fail a "Enter on the question lost the out-of-date mark"
tui_keys a C-q
tui_wait a "Tallennatko muutoksesi"
tui_keys a k
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0
