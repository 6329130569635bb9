#!/bin/sh
# seloste import reads headings written as questions or in everyday wording, English old-law
# headings, a list of rights under one rights heading, and providers inside the EU under a heading
# of disclosures and transfers (issue 12, kinds 4, 5 and 7).
# Fixtures: tests/data/import/routing2_*, written for these tests.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# 1. Finnish headings written as questions: each its section, none of the text in Other information.
Q="$T/questions.seloste"
status 0 S import "$F/routing2_questions.txt" -o "$Q"
cp "$T/out" "$T/questions.report"
contains "$T/questions.report" '"Kuka on rekisterinpitäjä?" -> Controller'
field "$Q" controller name "Esimerkki Oy"
text_has "$Q" purposes "avoimien tehtävien täyttämiseen"
text_has "$Q" data_content "Hakijan nimi, sähköpostiosoite"
field "$Q" sources fi "Hakija kirjoittaa tiedot itse hakulomakkeeseen."
# third parties are recipients; a third country would be a transfer
text_has "$Q" recipients "rekrytointia avustaville kolmansille osapuolille"
text_empty "$Q" transfers
field "$Q" retention fi "Hakemukset hävitetään kuuden kuukauden kuluttua haun päättymisestä."
text_has "$Q" security_electronic "henkilökohtaisella tunnuksella ja salasanalla"
field "$Q" notice_changes fi "Päivitämme selostetta, kun rekrytointitapamme muuttuvat."
text_empty "$Q" other
lacks "$T/questions.report" "no section has this name"
no_lost "$F/routing2_questions.txt" "$Q" "$T/questions.report"

# 2. English old-law and everyday headings: the word beside "register" names the section.
E="$T/english.seloste"
status 0 S import "$F/routing2_english.txt" -o "$E"
cp "$T/out" "$T/english.report"
field "$E" register_name en "Example Society member list"
field "$E" controller name "Example Society ry"
field "$E" contact_person email "matti@esimerkki.example"
field "$E" purposes en "We keep the list to send invitations to the annual meeting."
field "$E" data_content en "The list holds each member's name and home town."
field "$E" recipients en "The names of members are shown to other members at the annual meeting."
field "$E" retention en "A member's details are removed one year after the membership ends."
field "$E" other en ""
no_lost "$F/routing2_english.txt" "$E" "$T/english.report"

# 3. A list of rights under one heading: each item to its right's section, with the line that leads
# it; an item naming two rights to both; what names no single right stays in the general section.
R="$T/rights.seloste"
status 0 S import "$F/routing2_rights.txt" -o "$R"
cp "$T/out" "$T/rights.report"
field "$R" right_access fi "Jäsenellä on oikeus:
- tarkastaa itseään koskevat tiedot"
field "$R" right_rectification fi "Jäsenellä on oikeus:
- vaatia virheellisen tiedon korjaamista"
text_has "$R" right_erasure "- tulla unohdetuksi, kun jäsenyys on päättynyt"
text_has "$R" right_restriction "- rajoittaa tai vastustaa tietojensa käsittelyä"
text_has "$R" right_objection "- rajoittaa tai vastustaa tietojensa käsittelyä"
text_has "$R" right_portability "- saada tietonsa siirrettyä toiselle rekisterinpitäjälle"
text_has "$R" complaint "- tehdä valitus tietosuojavaltuutetulle"
# a paragraph naming one right goes to it
field "$R" consent_withdrawal fi "Jäsen voi peruuttaa antamansa suostumuksen ilmoittamalla siitä sihteerille."
field "$R" rights_requests fi "Jäsenellä on oikeus:
- pyytää selvitystä kaikista oikeuksistaan

Pyynnöt lähetetään kirjallisesti yhdistyksen sihteerille, joka vastaa kuukauden kuluessa."
contains "$T/rights.report" "list items that name one or two rights went to those rights' sections"
no_lost "$F/routing2_rights.txt" "$R" "$T/rights.report"

# 4. Providers all inside the EU/EEA under "Tietojen luovutus ja siirrot": recipients, not transfers.
P="$T/providers.seloste"
status 0 S import "$F/routing2_providers.txt" -o "$P"
cp "$T/out" "$T/providers.report"
text_has "$P" recipients "- Pilvipalvelu Esimerkki: EU (Suomi), tietokanta"
text_has "$P" recipients "- Postituspalvelu Esimerkki: ETA-alue, uutiskirjeet"
text_has "$P" recipients "Tietoja voidaan luovuttaa kolmansille osapuolille vain lain sitä vaatiessa."
field "$P" transfers fi "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."
no_lost "$F/routing2_providers.txt" "$P" "$T/providers.report"

finish
