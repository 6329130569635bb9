#!/bin/sh
# The wizard walks a new recruitment register (in Finnish) and a new personnel register (in English),
# chosen at its first question: the type's own section where its file puts it, none of the customer
# register's marketing and cookie sections, the type's purposes ticked; the saved notice is of that
# type and checks clean (issue 13).
. "$top_srcdir/tests/tui/tmux.sh"

mkdir -p "$WORK/home/seloste"
cp "$top_srcdir/data/demo.ini" "$WORK/home/seloste/seloste.ini"
XDG_CONFIG_HOME=$WORK/home
export XDG_CONFIG_HOME

# has FILE STRING / lacks FILE STRING: the file holds / does not hold the string
has() { grep -qF -- "$2" "$1" || { echo "FAIL: $1 lacks '$2'"; cat "$1"; exit 1; }; }
lacks() { ! grep -qF -- "$2" "$1" || { echo "FAIL: $1 has '$2'"; cat "$1"; exit 1; }; }
# before FILE A B: in the walk, the heading with A comes before the one with B
before() {
  a=$(grep -nF -- "$2" "$1" | head -1 | cut -d: -f1)
  b=$(grep -nF -- "$3" "$1" | head -1 | cut -d: -f1)
  [ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] || { echo "FAIL: '$2' not before '$3' in $1"; cat "$1"; exit 1; }
}
# saved_and_clean SESSION FILE SAVED_MESSAGE TYPE: saves, quits, and checks the file
saved_and_clean() {
  tui_keys "$1" C-s
  tui_wait "$1" "$3"
  tui_keys "$1" C-q
  st=$(tui_wait_exit "$1"); [ "$st" = 0 ] || tui_fail "$1" "exit status $st"
  file_has "$2" "register = \"$4\";"
  "$SELOSTE" check "$2" --ui-lang en >"check.$1" 2>&1 || { echo "FAIL: check of $2"; cat "check.$1"; exit 1; }
  [ ! -s "check.$1" ] || { echo "FAIL: check of $2 found:"; cat "check.$1"; exit 1; }
}

# ---- job applicants, in Finnish ----
tui_start r --ui-lang fi rekry.seloste
tui_wait r "Mistä henkilöistä rekisterissä on tietoja?"
tui_choose_register r "Työnhakijat"
tui_wait r "Rekisterin tyyppi on nyt Rekrytointirekisteri"
tui_keys r Enter
tui_wait_heading r "Rekisterinpitäjä"
tui_walk r "Muut tiedot"
before walk.r "Säännönmukaiset tietolähteet" "Soveltuvuusarvioinnit, testit ja taustaselvitykset"
has walk.r "Henkilötietojen säilytysaika"
lacks walk.r "Evästeet"
lacks walk.r "Suoramarkkinointikielto"
has screens.r "[x] Hakemusten vastaanottaminen ja arviointi"
has screens.r "[ ] Henkilö- ja soveltuvuusarvioinnit"
saved_and_clean r rekry.seloste "Tiedosto rekry.seloste tallennettiin." recruitment

# ---- employees, in English ----
tui_start s --ui-lang en staff.seloste
tui_wait s "Whose data does the register hold?"
tui_choose_register s "Employees"
tui_wait s "The notice is now a Personnel register"
tui_keys s Enter
tui_wait_heading s "Controller"
tui_walk s "Other information"
before walk.s "Data content of the register" "Health data"
before walk.s "Health data" "Regular sources of data"
lacks walk.s "Cookies"
lacks walk.s "Prohibiting direct marketing"
has screens.s "[x] Records of working hours and annual holidays"
has screens.s "[ ] Staff benefits"
saved_and_clean s staff.seloste "Saved staff.seloste." staff
