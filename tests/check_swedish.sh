#!/bin/sh
# Issue 14: a notice in Finnish and Swedish (tests/data/sv/customer.seloste). The rules that report
# what a text does not say read the Swedish words too: a complete Swedish text gets no finding, a
# Swedish text that lacks the statement still does. A Swedish text still the Finnish one is named.
. "$top_srcdir/tests/lib.sh"

# Swedish as a notice language: the packaged data copied (with an empty Swedish clause file when it
# has none) and languages.cfg in the system layer unless the data has it.
cp -R "$SELOSTE_DATADIR" "$T/data"
[ -f "$T/data/clauses/sv.cfg" ] || echo 'clauses = ( );' >"$T/data/clauses/sv.cfg"
mkdir -p "$T/etc"
[ -f "$T/data/languages.cfg" ] ||
  echo 'languages = ( { code = "sv"; name = "Swedish"; native = "svenska"; date = "{d}.{m}.{y}"; and = " och "; } );' \
    >"$T/etc/languages.cfg"
export SELOSTE_DATADIR="$T/data" SELOSTE_SYSCONFDIR="$T/etc"
F="$top_srcdir/tests/data/sv/customer.seloste"
# sv FILE: the check's findings of FILE's Swedish text in JSON into $T/out.
sv() { "$SELOSTE" check "$1" --ui-lang en --format json --lang sv >"$T/out" 2>"$T/err"; }
# text OUT SECTION TEXT [LANGS]: $F with SECTION's text in LANGS (an awk pattern, "sv" when not given)
# replaced by TEXT, into $T/OUT.
text() {
  awk -v sec="$2" -v t="$3" -v langs="^    (${4:-sv}) = " '$1 == sec && $2 == ":" { in_sec = 1 }
    in_sec && $0 ~ langs { print "    " $1 " = \"" t "\";"; next } in_sec && /^  };/ { in_sec = 0 } { print }' \
    "$F" >"$T/$1"
}
# absent: none of the rules that report what a text does not say, in $T/out.
absent() {
  for rule in required stated_elsewhere basis_needs interest_missing language_missing purpose_text_missing; do
    lacks "$T/out" "\"rule\": \"$rule\""
  done
  lacks "$T/out" '"lang": "sv"'
}

sv "$F"
absent

# every purpose on consent: the Swedish withdrawal text says that consent can be withdrawn
sed 's/choice = "contract";/choice = "consent";/' "$F" >"$T/consent.seloste"
sv "$T/consent.seloste"
absent
# ... and a Swedish text that does not is found
sed 's/choice = "contract";/choice = "consent";/' "$F" >"$T/c.seloste"
F="$T/c.seloste" text no_withdrawal.seloste consent_withdrawal "Vi behandlar uppgifterna med ditt samtycke."
sv "$T/no_withdrawal.seloste"
grep -F '"rule": "basis_needs"' "$T/out" | grep -qF '"lang": "sv"' ||
  fail "a Swedish withdrawal text that does not say consent can be withdrawn is not found: $(cat "$T/out")"

# an imported notice: the right of access stated in Swedish under another heading is found there
sed 's/origin = "stock";/origin = "imported";/' "$F" >"$T/i.seloste"
F="$T/i.seloste" text i2.seloste right_access "" "fi|sv"
sv "$T/i2.seloste"
contains "$T/out" '"rule": "required"' # the Swedish texts state it nowhere
F="$T/i2.seloste" text imported.seloste other "Du har rätt att få tillgång till dina personuppgifter och en kopia av dem."
sv "$T/imported.seloste"
contains "$T/out" '"rule": "stated_elsewhere"'
lacks "$T/out" '"rule": "required"'

# the Swedish text of a section is the Finnish one
awk '/^  retention : / { r = 1 } r && /^    fi = / { fi = substr($0, 10) } r && /^    sv = / { print "    sv = " fi; r = 0; next }
  { print }' "$F" >"$T/same.seloste"
"$SELOSTE" check "$T/same.seloste" --ui-lang en >"$T/out" 2>&1
contains "$T/out" "retention: warning: the Swedish text is the same as the Finnish text; translate it (Swedish text)"
"$SELOSTE" check "$T/same.seloste" --ui-lang fi >"$T/out" 2>&1
contains "$T/out" "on sama kuin teksti kielellä suomi; käännä se (teksti kielellä "
finish
