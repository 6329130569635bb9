#!/bin/sh
# The member register type (jäsenrekisteri, issue 13): `new --register member` with the demo settings is a
# clean notice; its renderings match the reviewed golden files and the HTML is tidy-clean; an imported
# member notice in other words is recognised as one; the type's own check rules find what they look for.
# After an intended change: UPDATE_GOLDEN=1 make check, then review the diff of tests/golden/member.*.
. "$top_srcdir/tests/lib.sh"

TYPE=member
SOURCE_DATE_EPOCH=1767225600 # 2026-01-01: the golden files' dates
. "$top_srcdir/tests/register_lib.sh"

# ---- new: the type's sections, purposes, bases and clauses ----
doc="$T/member.seloste"
status 0 "$SELOSTE" new "$doc" --register member --ui-lang en
contains "$doc" 'register = "member";'
row_basis() { # ID BASIS: the purposes row ID rests on BASIS
  awk -v id="$1" -v b="$2" '$0 ~ "id = \"" id "\";" { want = 1; next } want && /basis =/ { if ($0 ~ "\"" b "\"") ok = 1; want = 0 } END { exit !ok }' "$doc" ||
    fail "purpose $1 should rest on $2"
}
row_basis member_list legal_obligation
row_basis membership contract
row_basis fees contract
row_basis bookkeeping legal_obligation
row_basis officers legal_obligation
row_basis member_news legitimate_interest
row_basis events contract
lacks "$doc" 'id = "photos";'   # consent purposes are offered, not ticked
lacks "$doc" 'id = "marketing";'
for c in register_name.member purposes.member requirement.member data_categories.member sources.member \
         recipients.member retention.member security_manual.member security_electronic.member children.member \
         right_erasure.member; do
  contains "$doc" "clause = \"$c\";"
done
# a member notice has no cookie or social media sections, and no customer's stock text
lacks "$doc" "  cookies :"
lacks "$doc" "  social_media :"
# (the demo settings' e-mail address is asiakaspalvelu@, so "asiakas" alone is no sign)
for bad in asiakk asiakassuh asiakasrek tilaus tilauk customer order; do
  ! grep -qi -- "$bad" "$doc" || fail "the member notice speaks of '$bad': $(grep -io ".\{0,40\}$bad.\{0,20\}" "$doc" | head -3)"
done

# ---- check: a new member notice has no findings ----
status 0 "$SELOSTE" check "$doc" --ui-lang en
[ ! -s "$T/out" ] || fail "check of a new member notice found: $(cat "$T/out")"

# ---- render: golden files, reviewed by reading; the HTML tidy-clean ----
register_golden "$doc"
g="$top_srcdir/tests/golden"
contains "$g/member.fi.text" "Tietosuojaseloste – Jäsenrekisteri"
contains "$g/member.fi.md" "Yhdistyslain (503/1989) 11 §:n edellyttämän jäsenluettelon"
contains "$g/member.fi.text" "Oikeusperuste: Lakisääteinen velvoite, 6 art. 1 kohdan c alakohta"
contains "$g/member.fi.md" "kohdellaan sopimuksena (6 artiklan 1 kohdan b alakohta)"
contains "$g/member.fi.md" "viimeistään vuoden kuluttua jäsenyyden päättymisestä"
contains "$g/member.fi.text" "Rekisterinpitäjä ei ole nimittänyt tietosuojavastaavaa."
contains "$g/member.fi.md" "yhdistyksen tilintarkastaja tai toiminnantarkastaja"
contains "$g/member.fi.text" "Laadittu: 1.1.2026"
contains "$g/member.en.text" "Privacy notice – Member register"
contains "$g/member.en.md" "section 11 of the Associations Act"
lacks "$g/member.fi.md" "asiakk"
lacks "$g/member.fi.md" "asiakassuh"
lacks "$g/member.en.md" "customer"
lacks "$g/member.fi.text" "Evästeet"
contains "$g/member.fi.html" '<html lang="fi">'
# photos and partners' offers are consent purposes not ticked in a new notice: no section-level text
# speaks of them as if they were (their own clauses come with the purpose when it is ticked)
for f in "$g"/member.fi.* "$g"/member.en.*; do
  lacks "$f" "valokuv"
  lacks "$f" "tarjouksiin"
  lacks "$f" "photo"
  lacks "$f" "partners' offers"
done
tr '\n' ' ' <"$g/member.fi.text" | tr -s ' ' | grep -qF "Jos pyydämme suostumustasi johonkin käsittelyyn, voit jättää sen antamatta, eikä se vaikuta jäsenyyteesi." ||
  fail "member.fi.text: the requirement section does not say that a consent asked for may be refused"
contains "$g/member.en.html" '<html lang="en">'


# ---- import: a member register notice in its own words is recognised as one ----
status 0 "$SELOSTE" --ui-lang en import "$top_srcdir/tests/data/import/register_member.txt" -o "$T/imported.seloste"
contains "$T/imported.seloste" 'register = "member";'
# the member list is stated, so the type's rule finds nothing to say about it
"$SELOSTE" check "$T/imported.seloste" --ui-lang en --format json >"$T/out" 2>&1
contains "$T/out" '"file"'
lacks "$T/out" "register.member_list"

# data a customer register would tick (billing, orders, IP address) is left as text in a member notice:
# the import ticks only the items the member type has, and the notice it writes opens and checks
sed -e 's/^Mitä tietoja rekisterissä on$/Rekisterin tietosisältö/' \
  -e 's/^Nimi, kotikunta, sähköpostiosoite,/Nimi, kotikunta, asiakasnumero, laskutustiedot, tilaushistoria, IP-osoite, sähköpostiosoite,/' \
  "$top_srcdir/tests/data/import/register_member.txt" >"$T/more_items.txt"
contains "$T/more_items.txt" "tilaushistoria, IP-osoite"
status 0 "$SELOSTE" --ui-lang en import "$T/more_items.txt" -o "$T/more_items.seloste"
contains "$T/out" "Data content of the register: Full name; E-mail address; Phone number"   # labels, not ids
contains "$T/more_items.seloste" 'register = "member";'
contains "$T/more_items.seloste" "tilaushistoria, IP-osoite"
contains "$T/more_items.seloste" 'items = [ "name", "email", "phone" ];'
"$SELOSTE" check "$T/more_items.seloste" --ui-lang en >"$T/out" 2>&1
lacks "$T/out" "unknown item"
status 0 "$SELOSTE" render "$T/more_items.seloste" --format text -o "$T/more_items.text"

# ---- the type's check rules ----
# a member notice whose purposes never mention the list of members the law requires (and whose retention
# keeps former members for ever)
cat >"$T/nolist.seloste" <<'EOF'
format_version = 2;
register = "member";
languages = [ "fi" ];
sections : {
  purposes : {
    fi = "Käsittelemme jäsenten tietoja seuraaviin tarkoituksiin.";
    rows = ( {
      id = "fees"; basis = "contract";
      fi = "Jäsenmaksujen laskuttaminen";
      retention_fi = "Jäsenyyden ajan.";
    } );
  };
  retention : {
    fi = "Säilytämme jäsenten tiedot jäsenyyden ajan. Entisten jäsenten tiedot säilytetään pysyvästi yhdistyksen arkistossa.";
  };
};
EOF
status 1 "$SELOSTE" check "$T/nolist.seloste" --ui-lang en --format json
contains "$T/out" '"section": "purposes", "severity": "error", "message": "the purposes do not mention the list of members'
contains "$T/out" '"rule": "register.member_list"'
contains "$T/out" '"section": "retention", "severity": "warning", "message": "the retention text keeps data without an end'
contains "$T/out" '"rule": "register.former_members_indefinite"'
status 1 "$SELOSTE" check "$T/nolist.seloste" --ui-lang en
contains "$T/out" "[Associations Act (yhdistyslaki 503/1989), section 11]"
contains "$T/out" "(“pysyvästi”)"
status 1 "$SELOSTE" check "$T/nolist.seloste" --ui-lang fi
contains "$T/out" "purposes: virhe: tarkoituksissa ei mainita jäsenluetteloa"
contains "$T/out" "[yhdistyslaki 503/1989 11 §]"
# the same notice stating the list (in other words than the stock text) and a retention period has neither
sed -e 's/Jäsenmaksujen laskuttaminen/Yhdistyslain mukaisen luettelon pitäminen jäsenistä/' \
    -e 's/säilytetään pysyvästi yhdistyksen arkistossa/poistetaan vuoden kuluttua eroamisesta/' \
    "$T/nolist.seloste" >"$T/list.seloste"
"$SELOSTE" check "$T/list.seloste" --ui-lang en --format json >"$T/out" 2>&1
contains "$T/out" '"rule": "required"' # the check ran: the hand-made notice lacks most sections
lacks "$T/out" "register.member_list"
lacks "$T/out" "register.former_members_indefinite"
finish
