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

finish
