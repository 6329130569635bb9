#!/bin/sh
# Messages of a user trial (trial 5, findings 6 and 9): a loader message names the wrong value and
# what would be right (the valid bases and roles, or the nearest name to a typo); check --lang on a
# language the notice is not published in says so and exits 2, as render does; text kept in a
# section that no longer applies is warned about, naming the basis that would publish it.
. "$top_srcdir/tests/lib.sh"

DOC="$top_srcdir/tests/data/rows.seloste"
# bad SED-EXPR EXPECTED...: the document changed by SED-EXPR is refused (exit 2, nothing on stdout)
# with each EXPECTED text on stderr, in English.
bad() {
  expr=$1; shift
  sed "$expr" "$DOC" >"$T/bad.seloste"
  status 2 "$SELOSTE" check "$T/bad.seloste" --ui-lang en
  [ ! -s "$T/out" ] || fail "$expr: output on stdout: $(cat "$T/out")"
  for want in "$@"; do
    contains "$T/err" "$want"
  done
}

# a basis that is none: the value and the valid ones, on the basis line
bad '0,/basis = "contract"/s//basis = "kontrakti"/' \
  "bad.seloste:48: purpose \"orders\": \"kontrakti\" is not a legal basis; use one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interest"
bad '0,/basis = "contract"/s//basis = "contrct"/' \
  "bad.seloste:48: purpose \"orders\": \"contrct\" is not a legal basis; did you mean \"contract\"?"
# a role that is none: the valid roles, or the nearest
bad '0,/role = "it"/s//role = "analytiikka"/' \
  "service provider \"Pilvi Oy\" has an unknown role \"analytiikka\"; use one of it, accounting, email, payment, delivery, crm, analytics, ad_pixels, marketing_automation, collection, credit, other"
bad '0,/role = "it"/s//role = "acounting"/' "has an unknown role \"acounting\"; did you mean \"accounting\"?"
# a typo in a row's, a section's or the sections' names: the nearest name; far from any: the names
bad '0,/retention_fi =/s//retention_fl =/' "unknown setting 'retention_fl' in a row; did you mean 'retention_fi'?"
bad '0,/basis = /s//bassi = /' "unknown setting 'bassi' in a row; did you mean 'basis'?"
bad '0,/basis = /s//peruste = /' \
  "unknown setting 'peruste' in a row; the settings there are id, basis, fi, en, sv, interest_fi, interest_en, interest_sv, retention_fi, retention_en, retention_sv, fi_from, en_from, sv_from"
bad 's/not_applicable = true/not_aplicable = true/' "unknown setting 'not_aplicable' in section 'dpo'; did you mean 'not_applicable'?"
bad 's/^  purposes :/  purpose :/' "unknown section 'purpose'; did you mean 'purposes'?"
# the same in Finnish
sed '0,/basis = "contract"/s//basis = "kontrakti"/' "$DOC" >"$T/fi.seloste"
status 2 "$SELOSTE" check "$T/fi.seloste" --ui-lang fi
contains "$T/err" "käyttötarkoitus \"orders\": \"kontrakti\" ei ole oikeusperuste; käytä jotakin näistä: consent, contract,"
sed '0,/retention_fi =/s//retention_fl =/' "$DOC" >"$T/fi.seloste"
status 2 "$SELOSTE" check "$T/fi.seloste" --ui-lang fi
contains "$T/err" "tuntematon kenttä 'retention_fl' rivillä; tarkoititko 'retention_fi'?"

# check --lang en of a notice published only in Finnish: said, exit 2, as render does
sed 's/^languages = .*/languages = [ "fi" ];/' "$top_srcdir/data/demo.seloste" >"$T/fi_only.seloste"
grep -q '^languages = \[ "fi" \];' "$T/fi_only.seloste" || fail "the fixture did not become Finnish-only"
status 2 "$SELOSTE" check --lang en "$T/fi_only.seloste" --ui-lang en
contains "$T/err" "fi_only.seloste: the notice is not published in English (it is not among its languages); check it in a language it has"
[ ! -s "$T/out" ] || fail "check --lang en printed findings: $(cat "$T/out")"
status 2 "$SELOSTE" check --lang en "$T/fi_only.seloste" --ui-lang fi --format json
contains "$T/err" "selostetta ei julkaista kielellä englanti"
[ ! -s "$T/out" ] || fail "check --lang en --format json printed: $(cat "$T/out")"
status 0 "$SELOSTE" check --lang fi "$T/fi_only.seloste" --ui-lang en
status 0 "$SELOSTE" check "$T/fi_only.seloste" --ui-lang en

# the converted format-1 notice of the trial: its own texts of consent withdrawal and portability are
# kept but never published (every purpose rests on legitimate interests); the check says so
status 1 "$SELOSTE" check "$top_srcdir/tests/data/edited.seloste" --ui-lang en
contains "$T/out" "consent_withdrawal: warning: the section holds text of your own, but it is not published, because no purpose rests on \"Consent\"; add such a purpose, or move the text to a section that is published"
contains "$T/out" "right_portability: warning: the section holds text of your own, but it is not published, because no purpose rests on \"Consent\" or \"Contract\""
status 1 "$SELOSTE" check "$top_srcdir/tests/data/edited.seloste" --ui-lang fi
contains "$T/out" "consent_withdrawal: varoitus: kohdassa on omaa tekstiäsi, mutta sitä ei julkaista, koska yksikään käyttötarkoitus ei perustu oikeusperusteeseen \"Suostumus\"; lisää tällainen käyttötarkoitus tai siirrä teksti kohtaan, joka julkaistaan"
contains "$T/out" "oikeusperusteeseen \"Suostumus\" tai \"Sopimus\""
# the demo keeps stock texts only: nothing to say
status 0 "$SELOSTE" check "$top_srcdir/data/demo.seloste" --ui-lang en
lacks "$T/out" "not published"
finish
