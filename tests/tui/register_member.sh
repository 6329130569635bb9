#!/bin/sh
# The wizard walks a new member register (in Finnish) and a new marketing register (in English), chosen
# at its first question: every section of the type in order, none that the type leaves out, the type's
# purposes ticked with their bases; the saved notice is of that type and checks clean (issue 13).
. "$top_srcdir/tests/tui/tmux.sh"

mkdir -p "$WORK/home/seloste"
cp "$top_srcdir/data/demo.ini" "$WORK/home/seloste/seloste.ini"
XDG_CONFIG_HOME=$WORK/home
export XDG_CONFIG_HOME

# in FILE STRING: the walk's file holds the string
in_walk() { grep -qF -- "$2" "$1" || { echo "FAIL: $1 lacks '$2'"; cat "$1"; exit 1; }; }
not_in_walk() { ! grep -qF -- "$2" "$1" || { echo "FAIL: $1 has '$2'"; cat "$1"; exit 1; }; }

# ---- a member register, in Finnish ----
tui_start m --ui-lang fi jasenet.seloste
tui_wait m "Mistä henkilöistä rekisterissä on tietoja?"
tui_wait m "( ) Yhdistyksen jäsenet"
tui_choose_register m "Yhdistyksen jäsenet"
tui_keys m Enter
tui_wait m "Rekisterin tyyppi on nyt Jäsenrekisteri"
tui_wait_heading m "Rekisterinpitäjä"
tui_wait m "Rekisteriä pitävä yhdistys"     # the type's own help, in Finnish
tui_walk m "Muut tiedot"
in_walk walk.m "Henkilötietojen käsittelyn tarkoitukset"
in_walk walk.m "Henkilötietojen säilytysaika"
in_walk walk.m "Lasten tiedot"
not_in_walk walk.m "Evästeet"
not_in_walk walk.m "Sivumme sosiaalisessa mediassa"
not_in_walk walk.m "Suoramarkkinointikielto"     # no purpose is marketing
in_walk screens.m "[x] Yhdistyslain edellyttämä jäsenluettelo — Lakisääteinen velvoite"
in_walk screens.m "[x] Jäsentiedotteet yhdistyksen toiminnasta — Oikeutettu etu"
in_walk screens.m "[ ] Jäsenten valokuvien julkaiseminen — Suostumus"
in_walk screens.m "[x] Kotikunta"
tui_keys m C-s
tui_wait m "Tiedosto jasenet.seloste tallennettiin."
tui_keys m C-q
st=$(tui_wait_exit m); [ "$st" = 0 ] || tui_fail m "exit status $st"
file_has jasenet.seloste 'register = "member";'
file_has jasenet.seloste 'clause = "retention.member";'
"$SELOSTE" check jasenet.seloste --ui-lang en >check.m 2>&1 || { echo "FAIL: check of the member notice"; cat check.m; exit 1; }
[ ! -s check.m ] || { echo "FAIL: check of the member notice found:"; cat check.m; exit 1; }

# ---- a marketing register, in English ----
tui_start k --ui-lang en marketing.seloste
tui_wait k "Whose data does the register hold?"
tui_wait k "( ) Recipients of marketing and newsletters"
tui_choose_register k "Recipients of marketing and newsletters"
tui_keys k Enter
tui_wait k "The notice is now a Marketing and newsletter register"
tui_wait_heading k "Controller"
tui_walk k "Other information"
in_walk walk.k "Withdrawing consent"            # the newsletter rests on consent
in_walk walk.k "Prohibiting direct marketing"   # the newsletter and marketing rows call for it
in_walk walk.k "Automated decision-making and profiling"
in_walk screens.k "[x] Newsletters and marketing with consent — Consent"
in_walk screens.k "[x] Marketing to existing customers (without consent) — Legitimate"
in_walk screens.k "[ ] Following opens and clicks of messages, with consent — Consent"
in_walk screens.k "Many newsletter and mailing tools are"   # the type's help of transfers
tui_keys k C-s
tui_wait k "Saved marketing.seloste."
tui_keys k C-q
st=$(tui_wait_exit k); [ "$st" = 0 ] || tui_fail k "exit status $st"
file_has marketing.seloste 'register = "marketing";'
file_has marketing.seloste 'clause = "direct_marketing.marketing";'
"$SELOSTE" check marketing.seloste --ui-lang en >check.k 2>&1 || { echo "FAIL: check of the marketing notice"; cat check.k; exit 1; }
[ ! -s check.k ] || { echo "FAIL: check of the marketing notice found:"; cat check.k; exit 1; }
echo "all assertions passed"
