#!/bin/sh
# The employees' register type (staff, issue 13): a new notice from the demo settings checks clean and
# renders as the reviewed golden files, its HTML is tidy-clean, an old personnel notice of our own
# wording is imported as this type, and each check rule of the type finds what it is for.
# After an intended change: UPDATE_GOLDEN=1 make check, then review the diff of tests/golden/.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"

TYPE=staff

. "$top_srcdir/tests/register_lib.sh"

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

# working-time and holiday records: kept until the time limit for claims, counted from the end of the
# calendar year the entries concern, or from the end of the employment if it ends sooner; the sections cited
says_md() { tr '\n' ' ' <"$1" | tr -s ' ' | grep -qF -- "$2" || fail "$(basename "$1") does not say: $2"; }
says_md "$g/staff.fi.md" "kaksi vuotta sen kalenterivuoden päättymisestä, jota ne koskevat"
says_md "$g/staff.fi.md" "Jos työsuhde päättyy ennen kuin tämä aika on kulunut, säilytämme merkinnät kaksi vuotta työsuhteen päättymisestä."
says_md "$g/staff.fi.md" "(työaikalaki 872/2019, 32 §; vuosilomalaki 162/2005, 29 ja 34 §)"
says_md "$g/staff.en.md" "(Working Hours Act 872/2019, section 32; Annual Holidays Act 162/2005, sections 29 and 34)"
says_md "$g/staff.en.md" "If the employment ends before that time has passed, we keep the entries for two years from the end of the employment."
lacks "$g/staff.fi.md" "Jos työsuhde päättyy, säilytämme molemmat kaksi vuotta työsuhteen päättymisestä."
lacks "$g/staff.en.md" "If the employment ends, we keep both for two years from its end."

# trade_union_condition: union dues listed without the Art. 9(2) condition that allows them (a special
# category, GDPR Art. 9(1)), though the notice states one for health data
D="$T/u1.seloste"
cp "$T/a.seloste" "$D"
set_text "$D" data_categories fi "Käsittelemme tunniste- ja yhteystietoja, palkkatietoja sekä ammattiliiton jäsenmaksua, jonka perimme palkasta pyynnöstäsi."
set_text "$D" data_categories en "We process identification and contact details, pay data and union dues, which we deduct from pay at your request."
rule_finds "$D" trade_union_condition
contains "$T/rule.json" '"rule": "register.trade_union_condition", "lang": "fi"'
contains "$T/rule.json" '"rule": "register.trade_union_condition", "lang": "en"'
status 1 "$SELOSTE" --ui-lang fi check "$D"
contains "$T/out" "mainitaan ammattiliiton jäsenyys"
contains "$T/out" "[Tietosuoja-asetuksen 9 artiklan 1 ja 2 kohta]"
# ... stated with its condition (in the same item), or denied, it is no finding
set_text "$D" data_categories fi "Ammattiliiton jäsenmaksun perimme palkasta pyynnöstäsi työehtosopimuksen mukaisesti (tietosuoja-asetuksen 9 artiklan 2 kohdan b alakohta)."
set_text "$D" data_categories en "We deduct union dues from pay at your request as the collective agreement provides (GDPR Art. 9(2)(b))."
rule_silent "$D" trade_union_condition
set_text "$D" data_categories fi "Emme käsittele tietoa ammattiliittoon kuulumisesta."
set_text "$D" data_categories en "We do not process trade union membership."
rule_silent "$D" trade_union_condition
finish
