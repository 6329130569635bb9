#!/bin/sh
# The property test's comparator (tests/tools/doc_compare) on hand-made pairs: it passes a document
# that only gained characters (ä € included) and a changed option, and catches each kind of loss
# the property forbids: a deleted character, a section marked not applicable or applicable again, a
# section reset to stock, another variant, an option changed where none may be; bad input is 2.
. "$top_srcdir/tests/lib.sh"
CMP="$top_builddir/tests/tools/doc_compare"
OLD="$top_srcdir/tests/data/edited.seloste"

# edit NAME SED-SCRIPT: makes $T/NAME.seloste from the edited fixture.
edit() { sed "$2" "$OLD" >"$T/$1.seloste" || fail "sed $1"; }
# verdict WANT NAME [OPTION]: compares the fixture with $T/NAME.seloste, expecting exit status WANT.
verdict() { status "$1" "$CMP" ${3-} "$OLD" "$T/$2.seloste"; cp "$T/out" "$T/$2.out"; }

status 0 "$CMP" "$OLD" "$OLD"
lacks "$T/out" "/"
contains "$T/out" "summary: 0 texts or fields grew, in 0 of"

# Inserted characters anywhere, in texts of both languages and in fields: the property holds.
edit grown 's/Kanta-asiakkaiden rekisteri/Kanta-asiakkaiden äö€ rekisteri x/
  s/"Register of/"New: Register of/; s/"Rantatie 5"/"Rantatie 5 A"/
  s/leimat laskee/leimat €\\n\\nlaskee/'
verdict 0 grown
lacks "$T/grown.out" "/"
contains "$T/grown.out" "summary: 5 texts or fields grew, in 4 of"

# One character deleted.
edit deleted 's/Kanta-asiakkaiden rekisteri/Kanta-asiakaiden rekisteri/'
verdict 1 deleted
contains "$T/deleted.out" 'register_name/fi: old text lost (typing only inserts): from byte 12 of 27: "aiden rekisteri..."'
# A character replaced by another (ä by a).
edit replaced 's/Jyväskylä"/Jyvaskylä"/'
verdict 1 replaced
contains "$T/replaced.out" "controller/city: old text lost"
contains "$T/replaced.out" "contact_person/city: old text lost"
# A field emptied.
edit emptied '/dpo@porropaa/d'
verdict 1 emptied
contains "$T/emptied.out" "dpo/email: old text lost"

# Marked not applicable, and applicable again.
edit na '/^  dpo :/,/^  };/s/name = "Örjan Mäki";/not_applicable = true; name = "Örjan Mäki";/'
verdict 1 na
contains "$T/na.out" "dpo/section: marked not applicable"
edit applicable '/not_applicable = true;/d'
verdict 1 applicable
contains "$T/applicable.out" "eu_representative/section: marked applicable again"

# Reset to stock: the section of a new notice put back in place of the edited one.
"$SELOSTE" new --ui-lang en "$T/stock.seloste" >/dev/null 2>&1 || fail "seloste new"
awk -v stock="$T/stock.seloste" '
  BEGIN { while ((getline l <stock) > 0) { if (l ~ /^  register_name : /) on = 1; if (on) s = s l "\n"; if (on && l ~ /^  };/) on = 0 } }
  /^  register_name :/ { skip = 1; printf "%s", s } !skip { print } skip && /^  };/ { skip = 0 }' "$OLD" >"$T/reset.seloste"
# (a section whose stock text is short: a long stock text can hold a short old one as a subsequence)
verdict 1 reset
contains "$T/reset.out" "register_name/fi: old text lost"
contains "$T/reset.out" "register_name/en: old text lost"
contains "$T/reset.out" "register_name/section: no longer edited, origin is now: stock"
# Another variant chosen, its text put after the old one (nothing lost but the clause).
edit variant 's/"retention.customer_plus_accounting"/"retention.customer"/'
verdict 1 variant
contains "$T/variant.out" 'retention/section: the stock text (clause) changed: "retention.customer_plus_accounting" -> "retention.customer"'
# Only the origin changed.
edit origin '/^  right_access :/,/^  };/s/"edited"/"stock"/'
verdict 1 origin
contains "$T/origin.out" "right_access/section: no longer edited, origin is now: stock"

# Options: a changed choice or checklist is a note where the section has options (Space on an
# option list), a violation with --options-fixed (no Space was pressed on one).
edit options 's/choice = "scc";/choice = "adequacy";/; s/"name", "phone", "orders"/"name", "orders", "email"/'
verdict 0 options
contains "$T/options.out" "note: transfers/options changed: +adequacy -scc"
contains "$T/options.out" "note: data_content/options changed: +email -phone"
verdict 1 options --options-fixed
contains "$T/options.out" "transfers/options: changed although no option was chosen: +adequacy -scc"
contains "$T/options.out" "data_content/options: changed although no option was chosen: +email -phone"
# A language switched off (Space on the first screen's list of languages) likewise.
edit lang 's/languages = \[ "fi", "en" \];/languages = [ "fi" ];/'
verdict 0 lang
contains "$T/lang.out" "note: languages/options changed: -en"
verdict 1 lang --options-fixed
contains "$T/lang.out" "languages/options: changed although no option was chosen: -en"

# Bad input: exit 2 with the loader's FILE:LINE message; wrong usage likewise.
printf 'format_version = 1;\nsections : { purposes : { fi = 3; }; };\n' >"$T/bad.seloste"
verdict 2 bad
contains "$T/err" "bad.seloste:2:"
status 2 "$CMP" "$OLD" "$T/missing.seloste"
contains "$T/err" "missing.seloste"
status 2 "$CMP" "$OLD"
contains "$T/err" "usage: doc_compare"
finish
