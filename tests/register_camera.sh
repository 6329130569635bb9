#!/bin/sh
# The camera surveillance register type (issue 13), defined only in data/registers/camera.cfg and its
# clause files: `new --register camera` with the demo settings makes a notice that check finds clean and
# that renders as the reviewed golden files (tidy-clean HTML); an imported camera notice in its own words
# is recognised as one; and each of the type's check rules finds what it is for, and only that.
# After an intended change: UPDATE_GOLDEN=1 make check, then review the diff of tests/golden/camera.*.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$T/home/seloste"
cp "$top_srcdir/data/demo.ini" "$T/home/seloste/seloste.ini"
export XDG_CONFIG_HOME="$T/home"
S() { "$SELOSTE" --ui-lang en "$@"; }

D="$T/camera.seloste"
# a fixed "today" (2 May 2024) so that the golden files keep their dates
SOURCE_DATE_EPOCH=1714644000; export SOURCE_DATE_EPOCH
status 0 S new "$D" --register camera
grep -q '^register = "camera";' "$D" || fail "the new notice is not of the camera type: $(grep -m1 register "$D")"
contains "$D" 'name = "Esimerkki Oy";'
# the type's own sections and clauses, and none of the customer register's
for id in surveillance_areas workplace recordings_access; do
  grep -q "^  $id :" "$D" || fail "the new notice lacks the type's own section $id"
done
for row in safety property incidents police; do contains "$D" "id = \"$row\";"; done
contains "$D" 'clause = "retention.camera";'
contains "$D" 'clause = "recipients.camera";'
for id in cookies social_media children direct_marketing; do
  ! grep -q "^  $id :" "$D" || fail "a camera notice has the section $id, which the type leaves out"
done
lacks "$D" "purposes.part-orders"
lacks "$D" "customer_plus_accounting"

# a new camera notice is clean
status 0 S check "$D"
[ ! -s "$T/out" ] || fail "check of a new camera notice found: $(cat "$T/out")"

# render: fi/en x text/md/html as reviewed
for lang in fi en; do
  for fmt in text md html; do
    golden="$top_srcdir/tests/golden/camera.$lang.$fmt"
    status 0 S render "$D" --lang "$lang" --format "$fmt" -o "$T/got"
    [ ! -s "$T/err" ] || fail "render $lang/$fmt warned: $(cat "$T/err")"
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$T/got" "$golden"; continue; fi
    diff -u "$golden" "$T/got" >"$T/diff" || fail "$lang/$fmt differs from $golden:
$(head -40 "$T/diff")"
  done
done
g="$top_srcdir/tests/golden"
# says FILE STRING: the file's text, its lines joined (the text rendering wraps), holds the string.
says() { tr '\n' ' ' <"$1" | tr -s ' ' | grep -qF -- "$2" || fail "$(basename "$1") does not say: $2"; }
# facts the golden files must show, so that a wrong golden cannot pass review unnoticed
contains "$g/camera.fi.text" "Kameravalvontarekisteri"
contains "$g/camera.fi.text" "Valvotut alueet ja valvonnasta kertovat kyltit"
contains "$g/camera.fi.text" "Kuka saa katsoa tallenteita"
contains "$g/camera.fi.text" "Kameravalvonta työpaikalla"
says "$g/camera.fi.text" "14 vuorokauden kuluttua"
says "$g/camera.fi.text" "poliisilain (872/2011) 4 luvun 3 §:ssä"
says "$g/camera.fi.text" "lakia yksityisyyden suojasta työelämässä (759/2004)"
contains "$g/camera.fi.text" "Lintulahdenkuja 4, 00530 Helsinki"
contains "$g/camera.en.text" "Camera surveillance register"
contains "$g/camera.en.text" "Areas under surveillance and signs"
contains "$g/camera.en.text" "Who may view the recordings"
says "$g/camera.en.text" "14 days after they were made"
says "$g/camera.en.text" "chapter 4, section 3 of the Police Act (872/2011)"
contains "$g/camera.fi.html" '<html lang="fi">'
contains "$g/camera.en.html" '<html lang="en">'
for f in "$g"/camera.fi.text "$g"/camera.en.text; do
  # nothing of the customer register: customers, orders, bookkeeping, marketing, cookies, newsletters
  # (the demo organisation's e-mail address, asiakaspalvelu@, is the settings', not the notice's words)
  for w in asiak tilau kirjanpi markkinoi eväste uutiskirje customer order bookkeep marketing cookie newsletter; do
    ! grep -v @ "$f" | grep -qiw -- "$w.*" || fail "$(basename "$f") speaks of '$w': $(grep -v @ "$f" | grep -iw -m1 -- "$w.*")"
  done
done
# the stock text does not record sound, and says so
says "$g/camera.fi.text" "Kamerat tallentavat vain kuvaa, eivät ääntä."
says "$g/camera.en.text" "The cameras record images only, not sound."

# the HTML is valid HTML5 with a real outline
if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
  for lang in fi en; do
    "$TIDY" -q -e -utf8 "$g/camera.$lang.html" >"$T/tidy" 2>&1 || fail "tidy ($lang): $(cat "$T/tidy")"
    [ ! -s "$T/tidy" ] || fail "tidy warnings ($lang): $(cat "$T/tidy")"
    [ "$(grep -c '<h1>' "$g/camera.$lang.html")" -eq 1 ] || fail "camera.$lang.html: not exactly one h1"
    ! grep -q '<h[3-6]' "$g/camera.$lang.html" || fail "camera.$lang.html: outline skips a level"
  done
fi

# an old camera notice in other words is recognised as a camera register when imported
I="$T/imported.seloste"
status 0 S import "$top_srcdir/tests/data/import/register_camera.txt" -o "$I"
grep -q '^register = "camera";' "$I" || fail "the imported camera notice is not of the camera type: $(grep -m1 '^register' "$I")"
# ... and a customer notice is not, not even one with a paragraph on the shop's cameras
status 0 S import "$top_srcdir/tests/data/import/compact.txt" -o "$T/customer.seloste"
grep -q '^register = "customer";' "$T/customer.seloste" || fail "a customer notice was taken for another type"
cat >"$T/mixed.txt" <<'EOF'
Asiakasrekisterin tietosuojaseloste

Rekisterinpitäjä
Kauppa Esimerkki Oy, Kauppakatu 1, 00100 Helsinki

Käsittelyn tarkoitus
Käsittelemme asiakkaiden tietoja tilausten toimittamiseksi ja asiakassuhteen hoitamiseksi.

Kameravalvonta
Myymälässämme on tallentava kameravalvonta. Siitä kerrotaan erillisessä selosteessa.

Säilytysaika
Asiakastiedot poistetaan kolmen vuoden kuluttua asiakkuuden päättymisestä.
EOF
status 0 S import "$T/mixed.txt" -o "$T/mixed.seloste"
grep -q '^register = "customer";' "$T/mixed.seloste" || fail "a customer notice with a camera paragraph was taken for a camera register"

# set_text DOC SECTION FI EN: a copy of DOC with the section's texts replaced (written as the person's own)
set_text() {
  awk -v sec="$2" -v fi="$3" -v en="$4" '
    $0 ~ "^  " sec " *:" { on = 1 }
    on && /^  };/ { on = 0 }
    on && /^    (fi|en) = "/ { lang = substr($1, 1, 2); print "    " lang " = \"" (lang == "fi" ? fi : en) "\";"; skip = !/";$/; next }
    skip { skip = !/";$/; next }
    { print }' "$1"
}

# rule: no retention period for the recordings
set_text "$D" retention "Säilytämme tallenteita niin kauan kuin ne ovat tarpeen." \
  "We keep recordings for as long as they are needed." >"$T/noperiod.seloste"
status 1 S check "$T/noperiod.seloste"
contains "$T/out" "retention: error: Camera surveillance must say how long recordings are kept"
status 1 S check "$T/noperiod.seloste" --format json
contains "$T/out" '"rule": "register.retention_period"'
# one finding per language of the notice, and nothing else
[ "$(grep -c '"rule": "register.retention_period", "lang": "fi"' "$T/out")" -eq 1 ] &&
  [ "$(grep -c '"rule": "register.retention_period", "lang": "en"' "$T/out")" -eq 1 ] &&
  [ "$(grep -c '"rule"' "$T/out")" -eq 2 ] || fail "noperiod: want the period rule once per language only: $(cat "$T/out")"
# a period in weeks is a period
set_text "$D" retention "Tallenteet poistuvat automaattisesti kahden viikon kuluttua." \
  "Recordings are deleted automatically after two weeks." >"$T/weeks.seloste"
status 0 S check "$T/weeks.seloste" --format json
lacks "$T/out" '"rule": "register.retention_period"'

# a period in any unit is a period: hours written "h", days, years
for pair in "Säilytysaika on 72 h.|The retention period is 72 h." \
            "Tallenteet poistuvat 3 vrk:n kuluttua.|Recordings are deleted after 3 days." \
            "Tallenteita säilytetään viisi vuotta.|Recordings are kept for five years."; do
  set_text "$D" retention "${pair%%|*}" "${pair#*|}" >"$T/unit.seloste"
  S check "$T/unit.seloste" --format json >"$T/out" 2>&1
  lacks "$T/out" '"rule": "register.retention_period"'
done
# rule: recordings kept for years (the period is stated, but far too long): a warning, once per language
set_text "$D" retention "Tallenteita säilytetään viisi vuotta." "Recordings are kept for five years." >"$T/years.seloste"
status 1 S check "$T/years.seloste" --format json
[ "$(grep -c '"rule": "register.retention_years", "lang": "fi"' "$T/out")" -eq 1 ] &&
  [ "$(grep -c '"rule": "register.retention_years", "lang": "en"' "$T/out")" -eq 1 ] &&
  [ "$(grep -c '"rule"' "$T/out")" -eq 2 ] || fail "years: want the years rule once per language only: $(cat "$T/out")"
contains "$T/out" '"section": "retention", "severity": "warning"'
contains "$T/out" "[GDPR Art. 5(1)(c) and (e); EDPB Guidelines 3/2019 on video devices, section 8]"
status 1 "$SELOSTE" --ui-lang fi check "$T/years.seloste"
contains "$T/out" "Tallenteita säilytetään vuosia"
# ... but years for the viewing log or for a recording kept for an incident are no finding
set_text "$D" retention "Tallenteet poistuvat viikon kuluttua. Tapahtuman selvittämiseksi talteen otettu tallenne säilytetään, kunnes esitutkinta on päättynyt, enintään kaksi vuotta. Katselulokin säilytämme kaksi vuotta." \
  "Recordings are deleted after a week. A recording kept for an incident is kept until the proceedings end, at most two years. We keep the viewing log for two years." >"$T/incident.seloste"
status 0 S check "$T/incident.seloste" --format json

# rule: recordings kept indefinitely
set_text "$D" retention "Tallenteita säilytetään toistaiseksi, vähintään 30 päivää." \
  "Recordings are kept indefinitely, for at least 30 days." >"$T/indefinite.seloste"
status 1 S check "$T/indefinite.seloste"
contains "$T/out" "retention: error: Camera recordings may not be kept indefinitely"
status 1 S check "$T/indefinite.seloste" --format json
contains "$T/out" '"rule": "register.retention_indefinite"'
lacks "$T/out" '"rule": "register.retention_period"'
# "toistaiseksi" alone: the type's rule and the generic one, not also "no period" (a third for one phrase)
set_text "$D" retention "Tallenteita säilytetään toistaiseksi." "Recordings are kept indefinitely." >"$T/indefinite2.seloste"
status 1 S check "$T/indefinite2.seloste" --format json
contains "$T/out" '"rule": "register.retention_indefinite"'
lacks "$T/out" '"rule": "register.retention_period"'
[ "$(grep -c '"lang": "fi"' "$T/out")" -le 2 ] || fail "indefinite: more than two findings for one phrase: $(cat "$T/out")"

# rule: a purpose whose recordings are kept indefinitely (the row's own retention)
awk -v fi="Tallenteita säilytetään toistaiseksi." -v en="Recordings are kept indefinitely." '
  /^        id = "/ { row = $3 }
  row == "\"safety\";" && /^        retention_(fi|en) = "/ {
    lang = substr($1, 11, 2); print "        retention_" lang " = \"" (lang == "fi" ? fi : en) "\";"; skip = !/";$/; next }
  skip { skip = !/";$/; next }
  { print }' "$D" >"$T/rowindefinite.seloste"
contains "$T/rowindefinite.seloste" 'retention_fi = "Tallenteita säilytetään toistaiseksi.";'
status 1 S check "$T/rowindefinite.seloste" --format json
contains "$T/out" '"rule": "register.purpose_retention_indefinite"'
contains "$T/out" '"section": "purposes", "severity": "error"'
lacks "$T/out" '"rule": "register.retention_indefinite"'

# rule: a notice that says nothing of signs
set_text "$D" surveillance_areas "Kamerat kuvaavat sisäänkäyntejä ja pysäköintialuetta." \
  "The cameras film the entrances and the car park." >"$T/nosigns.seloste"
status 1 S check "$T/nosigns.seloste"
contains "$T/out" "surveillance_areas: warning: The notice does not say how people are told of the surveillance"
status 1 S check "$T/nosigns.seloste" --format json
contains "$T/out" '"rule": "register.signs"'
[ "$(grep -c '"rule": "register.signs"' "$T/out")" -eq 2 ] && [ "$(grep -c '"rule"' "$T/out")" -eq 2 ] ||
  fail "nosigns: want the signs rule once per language only: $(cat "$T/out")"
# the finding names what it rests on
contains "$T/out" "[GDPR Art. 12(1) and 13; EDPB Guidelines 3/2019, section 7]"
# in Finnish the message comes from the type's texts
status 1 "$SELOSTE" --ui-lang fi check "$T/nosigns.seloste"
contains "$T/out" "Selosteessa ei kerrota, miten ihmisille ilmoitetaan valvonnasta"
# the rule is the camera type's: a customer notice has no such section and no such finding
status 0 S new "$T/customer-new.seloste"
status 0 S check "$T/customer-new.seloste" --format json
lacks "$T/out" '"rule": "register.signs"'

# the wizard: a new notice made a camera register on its first screen, walked section by section
[ "$failures" -eq 0 ] || finish
command -v tmux >/dev/null 2>&1 || { echo "tmux is missing: the wizard part is skipped"; finish; }
TMP=$T
. "$top_srcdir/tests/tui/tmux.sh" # T is now the tmux command, and the cwd a directory of its own
trap 'tui_cleanup; rm -rf "$TMP"' EXIT
TUI_ENV="XDG_CONFIG_HOME='$TMP/home'"
tui_start c --ui-lang en wizard.seloste
tui_wait c "( ) People filmed by our surveillance cameras"
tui_choose_register c "People filmed by our surveillance cameras"
tui_keys c Enter
tui_wait_heading c "Controller"
tui_walk c "Other information"
# the type's own sections come where its file puts them, and the customer register's are not there
order=$(grep -n -e "Groups of people" -e "Areas under surveillance and signs" -e "Purposes of processing" \
  -e "Legitimate interests pursued" -e "Camera surveillance where our employees work" \
  -e "Recipients and regular" -e "Who may view the recordings" -e "Service providers" walk.c | cut -d: -f1 | tr '\n' ' ')
echo "$order" | awk '{ for (i = 2; i <= NF; i++) if ($i <= $(i - 1)) exit 1; exit NF != 8 }' ||
  { echo "FAIL: the wizard's sections are not in the type's order:"; cat walk.c; exit 1; }
! grep -q -e "Cookies" -e "Children" -e "Prohibiting direct marketing" -e "Withdrawing consent" walk.c ||
  { echo "FAIL: the wizard walks a section the camera notice does not have:"; cat walk.c; exit 1; }
tui_keys c C-s
tui_wait c "Saved wizard.seloste."
tui_keys c C-q
st=$(tui_wait_exit c); [ "$st" = 0 ] || tui_fail c "exit status $st"
grep -q '^register = "camera";' wizard.seloste || tui_fail c "the saved notice is not a camera register"
grep -qF 'clause = "surveillance_areas.default";' wizard.seloste || tui_fail c "the saved notice lacks the areas"
"$SELOSTE" --ui-lang en check wizard.seloste >check.out 2>&1 || { echo "FAIL: check of the wizard's camera notice:"; cat check.out; exit 1; }
finish
