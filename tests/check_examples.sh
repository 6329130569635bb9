#!/bin/sh
# seloste check on the imported versions of the three real notices in ../shared/examples: the
# findings a careful lawyer would make, and none of the mistakes a careless rule would make.
. "$top_srcdir/tests/lib.sh"
EX="${SELOSTE_EXAMPLES:-$top_srcdir/../shared/examples}"
[ -d "$EX" ] || { echo "no $EX: skipped"; exit 77; }

# check_example NAME: imports the example and checks it; the JSON findings go to $T/NAME.json.
check_example() {
  status 0 "$SELOSTE" --ui-lang en import "$EX/$1-asiakasrekisteri.txt" -o "$T/$1.seloste"
  status 1 "$SELOSTE" --ui-lang en check "$T/$1.seloste" --format json
  cp "$T/out" "$T/$1.json"
}
# finding NAME SECTION RULE [QUOTE]: the check reported RULE in SECTION (its message quoting QUOTE).
finding() {
  grep -F "\"section\": \"$2\"" "$T/$1.json" | grep -F "\"rule\": \"$3\"" | grep -qF -- "${4:-}" ||
    fail "$1: no $3 finding in $2 ${4:+quoting $4}"
}
# no_finding NAME SECTION RULE: the check did not report RULE in SECTION ("*": in any section).
no_finding() {
  if [ "$2" = "*" ]; then sel='"section": '; else sel="\"section\": \"$2\""; fi
  ! grep -F -- "$sel" "$T/$1.json" | grep -qF "\"rule\": \"$3\"" || fail "$1: unexpected $3 finding in $2"
}
# Findings that every notice made from the shared template gets.
template_findings() {
  finding "$1" dpo required
  finding "$1" requirement required
  # the template states the right to erasure under "Vastustamisoikeus" ("oikeus pyytää ... oikaisemista
  # tai poistamista"), a heading for the same GDPR item (13(2)(b)): stated, so not missing
  no_finding "$1" right_erasure required
  no_finding "$1" right_erasure stated_elsewhere
  finding "$1" recipients template_typo luottihakemukseen
  finding "$1" recipients template_typo ulkoituskumppanit
  finding "$1" right_rectification template_typo yorganisaation
  finding "$1" right_rectification signed_request omakätisesti
  finding "$1" right_access signed_request allekirjoitettava
  finding "$1" transfers transfer_exception ellei
  finding "$1" cookies non_eu_service GOOGLE
  finding "$1" cookies cookie_consent
  finding "$1" complaint url_scheme www.tietosuoja.fi
  no_finding "$1" '*' other_organisation
  no_finding "$1" '*' repealed_law
  no_finding "$1" controller business_id
}

# --- Mastermark: the old authority address, placeholders, an empty automated-decisions section ---
check_example mastermark
template_findings mastermark
finding mastermark complaint old_authority_address Ratapihantie
finding mastermark purposes template_leftover "(s-postiosoite)"
finding mastermark sources template_leftover "(linkki)"
finding mastermark purposes template_typo tietosuojasetuksen
finding mastermark automated_decisions required
no_finding mastermark '*' legal_basis_mismatch # "sopimus" throughout: consistent
no_finding mastermark dates date_missing

# --- Mediateko: legitimate interests against "sopimus", an e-mail spelled two ways, a "-" body ---
check_example mediateko
template_findings mediateko
finding mediateko controller email "myynti[a]mediateko.fi"
finding mediateko purposes template_typo riorganisaation
# the notice names two bases, legitimate interests and "sopimus": the import gives the purposes the
# first and its report asks to check each purpose's basis. A text naming the other basis the old
# notice states is no contradiction (issue 12, kind 5); the interest the notice never names is.
no_finding mediateko '*' legal_basis_mismatch
finding mediateko purposes interest_missing
finding mediateko right_access email_mismatch samposa.savolainen@mediateko.fi
finding mediateko right_access access_once_a_year "kerran vuodessa"
finding mediateko automated_decisions required
finding mediateko sources template_leftover "(linkki)"
no_finding mediateko complaint old_authority_address # this one has the current address
grep -F '"section": "automated_decisions"' "$T/mediateko.json" | grep -qF 'filler such as' ||
  fail "mediateko: the \"-\" body is not named as a filler"

# --- Molentum: the cleanest of the three; only the date of the last update ---
check_example molentum
template_findings molentum
finding molentum security_manual template_typo salassapitosoumuksen
finding molentum dates date_missing
grep -F '"rule": "date_missing"' "$T/molentum.json" | grep -qF '"severity": "warning"' ||
  fail "molentum: a missing preparation date with a known update date should be a warning"
no_finding molentum automated_decisions required # "Ei tehdä." is an explicit none
no_finding molentum '*' legal_basis_mismatch
no_finding molentum complaint old_authority_address
no_finding molentum controller business_id # 1813720-8 is a valid Y-tunnus

# The text output says the same in Finnish, one line per finding, compiler style.
status 1 "$SELOSTE" --ui-lang fi check "$T/mediateko.seloste"
[ "$(wc -l <"$T/out")" -eq "$(grep -c '"rule"' "$T/mediateko.json")" ] || fail "text and JSON differ in length"
contains "$T/out" "$T/mediateko.seloste: purposes: "
finish
