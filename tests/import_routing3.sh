#!/bin/sh
# seloste import on the misplacements seen on real notices after issue 12's first rounds: headings
# that name an activity ("Newsletter", "Concerts") whose items each say one thing about it, headings
# numbered without a space ("1.REKISTERINPITÄJÄ"), a date line above a numbered heading, section names
# the matcher did not know, and a paragraph on changing one's consent under a legal-basis heading.
# Fixtures: tests/data/import/r3_*, written for these tests.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# has DOC SECTION LANG STRING: the section's text (or a row's text) in LANG holds STRING.
has() {
  sed -n "/^  $2 : *\$/,/^  };/p" "$1" | sed 's/\\"/"/g' | grep -qF -- "$4" ||
    fail "$(basename "$1"): $2 ($3) lacks: $4"
}
# hasnt DOC SECTION STRING: the section does not hold STRING.
hasnt() {
  sed -n "/^  $2 : *\$/,/^  };/p" "$1" | sed 's/\\"/"/g' | grep -qF -- "$3" &&
    fail "$(basename "$1"): $2 should not hold: $3"
  return 0
}

# md_lost INPUT DOC REPORT: no_lost on a Markdown input, its heading and list marks left out.
md_lost() {
  sed -E 's/^#+ //; s/^ *\* //' "$1" >"$T/$(basename "$1")"
  no_lost "$T/$(basename "$1")" "$2" "$3"
}

# 1. Headings naming activities: each item goes to the section its words name, with the activity's
# name before it; a sub-heading ("Ticket buyers") is named too; what names nothing stays in Other
# information under its heading; under "Other information", labelled items go to their sections.
A="$T/activities.seloste"
status 0 S import "$F/r3_activities.md" -o "$A"
cp "$T/out" "$T/activities.report"
contains "$T/activities.report" '"Newsletter" -> no section has this name; each of its paragraphs and list items went where its words point'
has "$A" purposes en "Newsletter: The newsletter is sent for the purpose of telling subscribers"
has "$A" purposes en "Concerts – Ticket buyers: Ticket details are used to let you into the concert hall"
has "$A" purposes en "Concerts – Singers: The legal basis is performance of a contract"
has "$A" data_content en "- Newsletter: The information processed is your name and e-mail address."
has "$A" data_content en "- Concerts – Ticket buyers: The information processed is your name, phone number"
has "$A" retention en "- Newsletter: Your address is stored for as long as you subscribe"
has "$A" retention en "- Concerts – Ticket buyers: Ticket data is stored for at most six months"
has "$A" recipients en "- Newsletter: The newsletter list is never shared with sponsors"
# an item with signs of two sections: its first clause decides
has "$A" purposes en "Newsletter: Addresses given at concerts are used for the purposes of the newsletter too"
has "$A" recipients en "- Concerts – Singers: Singers' names are published in the concert programme."
has "$A" providers en "Ticket sales are handled by a service provider"
field "$A" controller name "Example Choir ry"
field "$A" complaint en "You have the right to lodge a complaint with the supervisory authority: https://tietosuoja.fi/en"
has "$A" other en "Membership in the choir is voluntary."
hasnt "$A" other "Ticket data"
hasnt "$A" other "Controller"
md_lost "$F/r3_activities.md" "$A" "$T/activities.report"

# The same in Finnish paragraphs; a heading whose text names no section ("Harjoitukset") stays whole
# in Other information, and so does the paragraph of an activity that names none.
K="$T/activities_fi.seloste"
status 0 S import "$F/r3_activities_fi.md" -o "$K"
cp "$T/out" "$T/activities_fi.report"
has "$K" purposes fi "Jäsenyys: Käytämme jäsenten tietoja jäsenmaksujen perimiseen"
field "$K" data_content fi "Jäsenyys: Jäsenrekisteriin tallennetaan nimi, osoite ja sähköpostiosoite."
field "$K" retention fi "Jäsenyys: Tiedot säilytetään jäsenyyden ajan ja poistetaan vuoden kuluttua eroamisesta."
field "$K" sources fi "Konsertit: Lipunostajien tiedot saadaan ostajalta itseltään lipunmyynnin yhteydessä."
field "$K" recipients fi "Konsertit: Lipputietoja ei luovuteta kenellekään."
field "$K" other fi "Jäsenyys

Kuoro on perustettu vuonna 1990.

Harjoitukset

Harjoitukset pidetään keskiviikkoisin seurakuntatalolla."
contains "$T/activities_fi.report" '"Harjoitukset" -> ? no section has this name'
md_lost "$F/r3_activities_fi.md" "$K" "$T/activities_fi.report"

# 2. A compact copy (no blank lines): "1.REKISTERIN NIMI" and "3.Rekisterin vastuuhenkilö" are
# numbered headings though the space after the number is left out; the date line above the first
# heading is a date, not part of the heading; two numbered headings of one section in a row are both
# headings; names the matcher did not know ("vastuuhenkilö", "tallennetut tiedot", "käsittelijät").
N="$T/numbers.seloste"
status 0 S import "$F/r3_numbers.txt" -o "$N"
cp "$T/out" "$T/numbers.report"
top "$N" created "2024-03-14"
lacks "$T/numbers.report" '"14.3.2024 1.'
contains "$T/numbers.report" '"1.REKISTERIN NIMI" -> Name of the register'
contains "$T/numbers.report" '"3.Rekisterin vastuuhenkilö" -> Contact person'
contains "$T/numbers.report" '"4. Yhteyshenkilö rekisteriä koskevissa asioissa" -> Contact person'
contains "$T/numbers.report" '"5. REKISTERIIN TALLENNETUT TIEDOT" -> Data content of the register'
contains "$T/numbers.report" '"6. Henkilötietojen käsittelijät" -> Service providers'
field "$N" register_name fi "Uimahallin kulunvalvontarekisteri"
field "$N" controller business_id "1234567-1"
field "$N" contact_person phone "040 000 0001"
text_has "$N" contact_person "Uimahallin vastaava ohjaaja"
field "$N" data_content fi "Kulkukortin numero, kortin haltijan nimi ja sisäänkäynnin kellonaika."
field "$N" providers fi "Kulunvalvontajärjestelmän ylläpitäjä Esimerkki Lukot Oy käsittelee tietoja kaupungin lukuun."
field "$N" recipients fi "Tietoja ei luovuteta säännönmukaisesti."
text_empty "$N" dpo
no_lost "$F/r3_numbers.txt" "$N" "$T/numbers.report"

# 3. Old-law headings in bold at the start of a paragraph: "Tietojen lähde" names the sources,
# "Tietojen oikeellisuus" how wrong data is corrected, "Tietojen poisto" erasure, "Rekisteriin
# talletetut tiedot" the content.
O="$T/names.seloste"
status 0 S import "$F/r3_names.html" -o "$O"
cp "$T/out" "$T/names.report"
field "$O" sources fi "Lainaaja antaa tiedot itse kirjastokorttia hakiessaan."
field "$O" right_rectification fi "Lainaaja voi pyytää virheellisen tiedon korjaamista kirjaston palvelutiskillä."
field "$O" data_content fi "Lainaajan nimi, osoite ja lainaushistoria."
field "$O" right_erasure fi "Lainaajan tiedot poistetaan pyynnöstä, kun lainaajalla ei ole lainoja."
text_empty "$O" other
lacks "$T/names.report" "no section has this name"

# 4. Under a legal-basis heading, the paragraph on changing one's consent goes to withdrawing consent,
# not into the purposes; the report cuts a long unplaced paragraph at a character, not inside one.
B="$T/basis.seloste"
status 0 S import "$F/r3_basis_consent.txt" -o "$B"
cp "$T/out" "$T/basis.report"
field "$B" consent_withdrawal fi "Voit muuttaa evästeasetuksiasi milloin tahansa sivun alalaidan linkistä."
member "$B" purposes fi | grep -q "evästeasetuksiasi" && fail "purposes holds the paragraph on changing consent"
text_has "$B" purposes "Kävijätilastojen keruu perustuu suostumukseen"
contains "$T/basis.report" "(its paragraphs on withdrawing consent went to Withdrawing consent)"
iconv -f UTF-8 -t UTF-8 "$T/basis.report" >/dev/null 2>&1 || fail "the report is not valid UTF-8: $(grep -a 'sivuillaan' "$T/basis.report")"
no_lost "$F/r3_basis_consent.txt" "$B" "$T/basis.report"

finish
