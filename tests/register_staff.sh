#!/bin/sh
# The employees' register type (staff, issue 13): a new notice from the demo settings checks clean and
# renders as the reviewed golden files, its HTML is tidy-clean, an old personnel notice of our own
# wording is imported as this type, and each check rule of the type finds what it is for.
# After an intended change: UPDATE_GOLDEN=1 make check, then review the diff of tests/golden/.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"

TYPE=staff

# ---- helpers (the same in tests/register_recruitment.sh) ----
# A settings directory with the demo organisation, and a fixed date for the golden files.
mkdir -p "$T/home/seloste"
cp "$top_srcdir/data/demo.ini" "$T/home/seloste/seloste.ini"
XDG_CONFIG_HOME="$T/home"
SOURCE_DATE_EPOCH=1714608000 # 2 May 2024
export XDG_CONFIG_HOME SOURCE_DATE_EPOCH
# register_golden DOC: its renderings fi/en x text/md/html are tests/golden/$TYPE.LANG.FORMAT; HTML tidy-clean.
register_golden() {
  for lang in fi en; do
    for fmt in text md html; do
      golden="$top_srcdir/tests/golden/$TYPE.$lang.$fmt"
      status 0 "$SELOSTE" render "$1" --lang "$lang" --format "$fmt" -o "$T/got.$lang.$fmt"
      [ ! -s "$T/err" ] || fail "render $lang/$fmt warned: $(cat "$T/err")"
      if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$T/got.$lang.$fmt" "$golden"; continue; fi
      diff -u "$golden" "$T/got.$lang.$fmt" >"$T/diff" || fail "$lang/$fmt differs from $golden:
$(head -40 "$T/diff")"
    done
    if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
      "$TIDY" -q -e -utf8 "$T/got.$lang.html" >"$T/tidy" 2>&1 || fail "tidy ($lang): $(cat "$T/tidy")"
      [ ! -s "$T/tidy" ] || fail "tidy warnings ($lang): $(cat "$T/tidy")"
    else
      echo "tidy not installed: the HTML is not validated"
    fi
  done
}
# no_customers FILE: a rendering of another register type says nothing of customers or marketing
# (the demo organisation's address asiakaspalvelu@ is its settings, not the type's text).
no_customers() {
  for w in asiakkaa asiakkuu asiakassuhte asiakasrekister "customer relationship" "our customers" \
           "Customer register" markkinoin uutiskirje eväste "direct marketing" newsletter cookie; do
    ! grep -qi -- "$w" "$1" || fail "$(basename "$1") speaks of customers or marketing: $w"
  done
}
# set_text DOC SECTION KEY VALUE: the first KEY ("fi", "en", a row's "retention_fi") of SECTION becomes
# VALUE (a one-line text without quotes), as if the person had written it.
set_text() {
  awk -v sec="$2" -v key="$3" -v val="$4" '
    $0 ~ "^  " sec " : *$" { insec = 1 }
    insec && $0 == "  };" { insec = 0 }
    skip { if ($0 ~ /";$/) skip = 0; next }
    insec && !done && $0 ~ "^ +" key " = \"" {
      match($0, /^ +/); printf "%s%s = \"%s\";\n", substr($0, 1, RLENGTH), key, val
      done = 1; if ($0 !~ /";$/) skip = 1; next }
    { print }
    END { if (!done) exit 1 }' "$1" >"$1.tmp" && mv "$1.tmp" "$1" || fail "set_text: no $3 in $2 of $1"
}

# new: the type's own notice, which the check finds nothing wrong with
status 0 S new "$T/a.seloste" --register $TYPE
top "$T/a.seloste" register staff
field "$T/a.seloste" register_name fi "Henkilöstörekisteri"
field "$T/a.seloste" register_name en "Personnel register"
field "$T/a.seloste" health_data clause "health_data.staff"
lacks "$T/a.seloste" "  cookies :"          # sections the type leaves out are not written
lacks "$T/a.seloste" "  children :"
row_is "$T/a.seloste" purposes 1 id employment
row_is "$T/a.seloste" purposes 1 basis contract
row_is "$T/a.seloste" purposes 2 basis legal_obligation
row_is "$T/a.seloste" purposes 4 id occupational_health
items "$T/a.seloste" data_content '"name", "personal_id", "address", "email", "phone", "bank_account", "tax", "title", "employment_terms", "pay", "working_time", "absences", "health"'
status 0 S check "$T/a.seloste"
[ ! -s "$T/out" ] || fail "check of a new personnel notice: $(cat "$T/out")"
status 0 S check "$T/a.seloste" --format json
[ "$(tr -d ' \n' <"$T/out")" = "[]" ] || fail "json check of a new personnel notice: $(cat "$T/out")"

# render fi/en x text/md/html: the golden files; the HTML tidy-clean
register_golden "$T/a.seloste"
g="$top_srcdir/tests/golden"
contains "$g/staff.fi.text" "Henkilöstörekisteri"
contains "$g/staff.fi.text" "12. Terveydentilaa koskevat tiedot"
contains "$g/staff.en.text" "12. Health data"
contains "$g/staff.fi.md" "yksityisyyden suojasta työelämässä annetun lain (759/2004) 5 §:ssä"
contains "$g/staff.fi.md" "Säilytämme terveydentilaa koskevat tiedot erillään muista henkilötiedoistasi."
contains "$g/staff.fi.md" "(tietosuojalaki 1050/2018, 29 §)"
contains "$g/staff.fi.md" "kymmenen vuotta työsuhteen päättymisestä"
contains "$g/staff.fi.md" "Kansaneläkelaitos (Kela)"
contains "$g/staff.fi.md" "Verohallinnon tulorekisteri"
contains "$g/staff.en.md" "We keep health data apart from your other personal data."
for f in "$g"/staff.fi.* "$g"/staff.en.*; do
  no_customers "$f"
  lacks "$f" "toistaiseksi"
  lacks "$f" "indefinitely"
done

# an old personnel notice of our own wording (HTML) is imported as a personnel notice
I="$T/imported.seloste"
status 0 S import "$top_srcdir/tests/data/import/register_staff.html" -o "$I"
contains "$T/out" "Register type: Personnel register (staff)"
top "$I" register staff
field "$I" controller name "Leipomo Ruiskukka Oy"
field "$I" controller business_id "3456788-1"

# each rule of the type, on a new notice whose text says what the rule is for
rule_finds() { # DOC RULE: check finds the rule in the JSON findings
  S check "$1" --format json >"$T/rule.json" 2>&1
  grep -qF "\"register.$2\"" "$T/rule.json" || fail "check does not report register.$2: $(head -c 600 "$T/rule.json")"
}
rule_silent() { # DOC RULE: check does not report the rule
  S check "$1" --format json >"$T/rule.json" 2>&1
  ! grep -qF "\"register.$2\"" "$T/rule.json" || fail "check reports register.$2 wrongly: $(head -c 600 "$T/rule.json")"
}
# health_text DOC FI EN: the health data section says FI and EN
health_text() {
  cp "$T/a.seloste" "$1"
  set_text "$1" health_data fi "$2"
  set_text "$1" health_data en "$3"
}

# health_data_law: health data without the act that allows it
D="$T/h1.seloste"
health_text "$D" "Terveystietoja käsittelevät vain nimetyt henkilöt, ja ne säilytetään erillään muista tiedoista." \
  "Only named persons process health data, and it is kept apart from other data."
rule_finds "$D" health_data_law
rule_silent "$D" health_data_separate
rule_silent "$D" health_data_persons
status 1 "$SELOSTE" --ui-lang fi check "$D"
contains "$T/out" "yksityisyyden suojasta työelämässä annetun lain (759/2004) 5 §:n"
contains "$T/out" "[Laki yksityisyyden suojasta työelämässä 759/2004, 5 §; tietosuoja-asetuksen 9 artiklan 2 kohdan b alakohta]"

# health_data_separate: health data not kept apart
D="$T/h2.seloste"
health_text "$D" "Terveystietoja käsittelevät vain nimetyt henkilöt (laki yksityisyyden suojasta työelämässä 759/2004, 5 §)." \
  "Only named persons process health data (Act on the Protection of Privacy in Working Life 759/2004, section 5)."
rule_finds "$D" health_data_separate
rule_silent "$D" health_data_law
rule_silent "$D" health_data_persons

# health_data_persons: anyone may process it
D="$T/h3.seloste"
health_text "$D" "Terveystiedot säilytetään erillään muista tiedoista (759/2004, 5 §)." \
  "Health data is kept apart from other data (759/2004, section 5)."
rule_finds "$D" health_data_persons
rule_silent "$D" health_data_law
rule_silent "$D" health_data_separate

# indefinite_retention: staff data kept "toistaiseksi" / "indefinitely"
D="$T/r1.seloste"
cp "$T/a.seloste" "$D"
set_text "$D" retention fi "Henkilöstön tiedot säilytetään toistaiseksi."
set_text "$D" retention en "Staff data is kept indefinitely."
rule_finds "$D" indefinite_retention
# ... but a permanent (toistaiseksi voimassa oleva) contract and deleting "pysyvästi" are no indefinite retention
set_text "$D" retention fi "Toistaiseksi voimassa olevan työsuhteen päätyttyä säilytämme tiedot kaksi vuotta ja poistamme ne sitten pysyvästi."
set_text "$D" retention en "After a permanent employment ends we keep the data for two years and then delete it permanently."
rule_silent "$D" indefinite_retention
finish
