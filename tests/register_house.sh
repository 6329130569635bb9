#!/bin/sh
# A house register type, defined only in data files under a temporary configuration directory
# (tests/data/house: a volunteer register with one own section and one check rule), works with no
# change to the program: `new --register volunteers`, `render` (its own section's heading, in Finnish
# from its texts), `check` (its rule finds a notice lacking what it needs, not the stock notice), in
# both layers a lawyer may use (the user's $XDG_CONFIG_HOME/seloste and the administrator's
# SELOSTE_SYSCONFDIR).
. "$top_srcdir/tests/lib.sh"

H="$top_srcdir/tests/data/house"
mkdir -p "$T/home/seloste"
cp "$top_srcdir/data/demo.ini" "$T/home/seloste/seloste.ini"
cp -R "$H/registers" "$H/clauses" "$T/home/seloste/"
export XDG_CONFIG_HOME="$T/home"
S() { "$SELOSTE" --ui-lang en "$@"; }

# without the house files the type does not exist, and new says so without writing anything
status 2 env XDG_CONFIG_HOME="$T/nohome" "$SELOSTE" --ui-lang en new "$T/none.seloste" --register volunteers
contains "$T/err" "volunteers"
[ ! -e "$T/none.seloste" ] || fail "new wrote a notice of an unknown register type"

# new
D="$T/volunteers.seloste"
status 0 S new "$D" --register volunteers
grep -q '^register = "volunteers";' "$D" || fail "the new notice is not of the house type: $(grep -m1 '^register' "$D")"
grep -q '^  volunteer_tasks :' "$D" || fail "the new notice lacks the house type's own section"
contains "$D" 'clause = "volunteer_tasks.default";'
contains "$D" 'id = "shifts";'
contains "$D" 'fi = "Vapaaehtoisrekisteri";'
# the sections the house type leaves out are not in its notice
for id in cookies children direct_marketing data_categories security_manual; do
  ! grep -q "^  $id :" "$D" || fail "the house notice has the section $id, which its type leaves out"
done

# render: the own section's heading, in Finnish from the type's texts, and its stock text
status 0 S render "$D" --lang fi --format text -o "$T/fi.txt"
[ ! -s "$T/err" ] || fail "render fi warned: $(cat "$T/err")"
contains "$T/fi.txt" "Vapaaehtoisten tehtävät ja vakuutus"
contains "$T/fi.txt" "yhdistyksen tapaturmavakuutuksella"
contains "$T/fi.txt" "Vapaaehtoisrekisteri"
lacks "$T/fi.txt" "Volunteer tasks and insurance"
status 0 S render "$D" --lang en --format text -o "$T/en.txt"
contains "$T/en.txt" "Volunteer tasks and insurance"
contains "$T/en.txt" "accident insurance"
# its heading comes after the section the type puts it after, and before the next one
awk '/Vapaaehtoisten tehtävät ja vakuutus/ { own = NR } /Suostumuksen peruuttaminen/ { before = NR }
     /Velvollisuus antaa henkilötietoja/ { after = NR }
     END { exit !(before && own && after && before < own && own < after) }' "$T/fi.txt" ||
  fail "the own section is not between consent withdrawal and the obligation to provide data"
status 0 S render "$D" --lang fi --format html -o "$T/fi.html"
contains "$T/fi.html" "Vapaaehtoisten tehtävät ja vakuutus</h2>"

# check: the stock notice is clean; the house rule finds a notice whose tasks say nothing of insurance
status 0 S check "$D"
[ ! -s "$T/out" ] || fail "check of a new house notice found: $(cat "$T/out")"
awk '
  /^  volunteer_tasks *:/ { on = 1 }
  on && /^  };/ { on = 0 }
  on && /^    fi = "/ { print "    fi = \"Vapaaehtoiset auttavat tapahtumissamme lipunmyynnissä.\";"; skip = !/";$/; next }
  on && /^    en = "/ { print "    en = \"Volunteers help at our events with ticket sales.\";"; skip = !/";$/; next }
  skip { skip = !/";$/; next }
  { print }' "$D" >"$T/noinsurance.seloste"
status 1 S check "$T/noinsurance.seloste" --format json
contains "$T/out" '"rule": "register.insurance"'
contains "$T/out" '"section": "volunteer_tasks", "severity": "warning"'
contains "$T/out" "Say whether volunteers are insured during their tasks."
status 1 S check "$T/noinsurance.seloste"
contains "$T/out" "volunteer_tasks: warning: Say whether volunteers are insured during their tasks."
# in Finnish, the message comes from the type's texts
status 1 "$SELOSTE" --ui-lang fi check "$T/noinsurance.seloste"
contains "$T/out" "Kerro, onko vapaaehtoiset vakuutettu tehtäviensä ajaksi."

# the administrator's layer works the same way
mkdir -p "$T/etc"
cp -R "$H/registers" "$H/clauses" "$T/etc/"
mkdir -p "$T/home2/seloste"
cp "$top_srcdir/data/demo.ini" "$T/home2/seloste/seloste.ini"
E() { env XDG_CONFIG_HOME="$T/home2" SELOSTE_SYSCONFDIR="$T/etc" "$SELOSTE" --ui-lang en "$@"; }
status 0 E new "$T/etc.seloste" --register volunteers
grep -q '^register = "volunteers";' "$T/etc.seloste" || fail "the type under SELOSTE_SYSCONFDIR was not used"
status 0 E render "$T/etc.seloste" --lang fi
contains "$T/out" "Vapaaehtoisten tehtävät ja vakuutus"

# the wizard: its first screen offers the house type's answer; choosing it makes the notice one of
# that type, with the type's register name and own section in the saved file
[ "$failures" -eq 0 ] || finish
command -v tmux >/dev/null 2>&1 || { echo "tmux is missing: the wizard part is skipped"; finish; }
TMP=$T
. "$top_srcdir/tests/tui/tmux.sh" # T is now the tmux command, and the cwd a directory of its own
trap 'tui_cleanup; rm -rf "$TMP"' EXIT
TUI_ENV="XDG_CONFIG_HOME='$TMP/home'"
tui_start w --ui-lang en wizard.seloste
tui_wait w "Whose data does the register hold?"
tui_wait w "( ) Volunteers who help at our events"
tui_wait w "(*) Customers of a company"            # a new notice starts as a customer register
tui_choose_register w "Volunteers who help at our events"
tui_wait w "The notice is now a Volunteer register"
tui_keys w Enter
tui_wait_heading w "Controller"
tui_keys w C-o                                       # the overview has the own section, numbered
tui_wait w "Overview of the notice"
tui_wait w "Exercising your rights"                   # the list drawn to its last row
tui_screen w | grep -E "^ +[0-9]+\. Volunteer tasks and insurance" >/dev/null ||
  tui_fail w "the overview does not number the house type's own section"
tui_keys w Escape C-s
tui_wait w "Saved wizard.seloste."
tui_keys w C-q
st=$(tui_wait_exit w); [ "$st" = 0 ] || tui_fail w "exit status $st"
grep -q '^register = "volunteers";' wizard.seloste || tui_fail w "the saved notice is not of the house type"
grep -qF 'fi = "Vapaaehtoisrekisteri";' wizard.seloste || tui_fail w "the saved notice lacks the house type's register name"
grep -qF 'en = "Volunteer register";' wizard.seloste || tui_fail w "the saved notice lacks the English register name"
grep -q '^  volunteer_tasks :' wizard.seloste || tui_fail w "the saved notice lacks the house type's own section"
! grep -q '^  cookies :' wizard.seloste || tui_fail w "the saved notice has a section the house type leaves out"
# in Finnish the first screen offers the house type's answer in its own translation
tui_start f --ui-lang fi wizard-fi.seloste
tui_wait f "( ) Tapahtumissamme auttavat vapaaehtoiset"
tui_keys f C-q
st=$(tui_wait_exit f); [ "$st" = 0 ] || tui_fail f "exit status $st"
finish
