#!/bin/sh
# seloste import on the three real notices in ../shared/examples: section by section, no lost text,
# and import -> render -> import gives the same document.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
EX="${SELOSTE_EXAMPLES:-$top_srcdir/../shared/examples}"
[ -d "$EX" ] || { echo "no $EX: skipped"; exit 77; }

# --- Mastermark: heading-TAB-body table with inline HTML ---
M="$T/mastermark.seloste"
status 0 S import "$EX/mastermark-asiakasrekisteri.txt" -o "$M"
cp "$T/out" "$T/mastermark.report"
field "$M" controller name "Mastermark Oy"
field "$M" controller street "Piiskakuja 7"
field "$M" controller postal_code "20380"
field "$M" controller city "Turku"
field "$M" controller email "heli.ahonen@mastermark.fi"
field "$M" controller phone "046 851 2316"
field "$M" contact_person name "Heli Ahonen"
field "$M" contact_person email "heli.ahonen@mastermark.fi"
field "$M" register_name fi "Asiakasrekisteri"
top "$M" created "2021-04-28"
# one basis named (contract, in the texts under "Oikeutetun edun peruste" and "Suostumus"): the
# purpose text is one row resting on it; those sections do not apply and give their text to the intro
rows "$M" purposes 1
row_is "$M" purposes 1 basis "contract"
field "$M" purposes fi "Käsittelyn oikeusperusteena on sopimus

Käsittely perustuu sopimukseen."
row "$M" purposes 1 fi | grep -qF "Rekisterin käyttötarkoitus on organisaation asiakasrekisterin ylläpitäminen" || fail "mastermark: purpose row"
row "$M" purposes 1 fi | grep -qF "sähköpostitse (s-postiosoite) tai rekisterin yhteyshenkilölle." || fail "mastermark: purpose row end"
contains "$T/mastermark.report" "each purpose was given the legal basis Contract (6(1)(b))"
text_empty "$M" legitimate_interest
text_empty "$M" consent_withdrawal
text_has "$M" data_categories "Nimi, edustettu organisaatio, yhteystiedot, laskutustiedot"
text_has "$M" recipients "ulkoituskumppanit (taloushallinto)"
text_has "$M" recipients "paitsi luottihakemukseen"
text_has "$M" data_content "- Puhelinnumero
- www-osoite
- IP numero
- Tiedot aikaisemmista tilauksista"
text_has "$M" data_content "- Henkilön etu- ja sukunimi"
items "$M" data_content '"name", "organisation", "email", "phone", "address", "orders", "web_data"'
text_has "$M" sources "joihin kirjaudutaan sähköisen kutsun kautta (linkki)"
text_has "$M" transfers "Henkilötietoja ei siirretä Euroopan Unionin ulkopuolelle"
# "..., ellei se ole ... tarpeellista": not "no transfers"; nothing ticked, the basis is to be chosen
na "$M" transfers false
items "$M" transfers ''
contains "$T/mastermark.report" 'but with an exception ("ellei")'
from "$M" transfers fi import
field "$M" retention fi "10 vuotta asiakkuuden päättymisestä lukien."
text_has "$M" security_manual "lukituissa ja paloturvallisissa säilytystiloissa."
text_has "$M" security_electronic "viranomaisten määräyksiä sekä hyvää tietojenkäsittelytapaa."
text_has "$M" cookies "- vierailijan IP-osoite
- vierailun ajankohta"
text_has "$M" cookies "Google Analytics seurannan voit ottaa"
items "$M" cookies '"analytics"'
text_empty "$M" automated_decisions
contains "$T/mastermark.report" '"Automaattinen käsittely ja profilointi" -> Automated decision-making and profiling'
text_has "$M" right_access "Tarkastuspyyntö on allekirjoitettava."
text_has "$M" right_portability "Siirtopyynnön voi osoittaa"
text_has "$M" right_rectification "yorganisaation asiakaspalveluun"
text_has "$M" right_restriction "Yhteydenotot rekisterin vastuuhenkilölle."
text_has "$M" right_objection "Mikäli toimit yritys- tai organisaation yhteyshenkilönä"
text_has "$M" complaint "PL 800, Ratapihantie 9, 00521 Helsinki"
text_has "$M" rights_requests "oikeus tulla kokonaan unohdetuksi."
text_empty "$M" other
field "$M" purposes origin "imported"
no_lost "$EX/mastermark-asiakasrekisteri.txt" "$M" "$T/mastermark.report"
round_trip "$M"

# --- Mediateko: plain text, e-mail written name[a]company.fi, legitimate interests ---
D="$T/mediateko.seloste"
status 0 S import "$EX/mediateko-asiakasrekisteri.txt" -o "$D"
cp "$T/out" "$T/mediateko.report"
field "$D" controller name "MT Mediateko Oy"
field "$D" controller street "Viestikatu 7"
field "$D" controller postal_code "70100"
field "$D" controller city "Kuopio"
field "$D" controller email "myynti[a]mediateko.fi"
field "$D" controller phone "+358 40 555 3635"
field "$D" contact_person name "Sampsa Savolainen"
field "$D" contact_person phone "+358 40 526 5186"
field "$D" contact_person email "samps.savolainen@mediateko.fi"
field "$D" register_name fi "Asiakasrekisteri"
top "$D" created "2026-06-18"
top "$D" modified "2026-06-18"
# two bases named ("Oikeutettu etu" under the legal-basis heading, "sopimus" in the text): the rows get
# the first, and the report asks to check each purpose
rows "$D" purposes 1
row_is "$D" purposes 1 basis "legitimate_interest"
contains "$T/mediateko.report" "several legal bases: Legitimate interests (6(1)(f)), Contract (6(1)(b)). Each purpose was given the first"
field "$D" purposes fi "Käsittelyn oikeusperuste: Oikeutettu etu

Käsittelyn oikeusperusteena on sopimus.

Käsittelyn oikeusperusteena on sopimus"
contains "$T/mediateko.report" "Withdrawing consent applies to none of the legal bases of the purposes; its text was moved to Purposes of processing and their legal bases"
field "$D" legitimate_interest fi "Käsittelyn oikeusperusteena on sopimus."
row "$D" purposes 1 fi | grep -qF "riorganisaation omissa rekistereissä" || fail "mediateko: purpose row"
row "$D" purposes 1 fi | grep -qF "henkilökohtai-semman" || fail "mediateko: purpose row, hyphen"
field "$D" consent_withdrawal fi ""
# portability does not apply to legitimate interests: its text went to the rights section
text_empty "$D" right_portability
text_has "$D" rights_requests "Rekisteröidyllä on oikeus siirtää omat tietonsa järjestelmästä toiseen."
text_has "$D" recipients "(taloushallinto, markkinointi, it ylläpito)"
text_has "$D" data_content "- Titteli yrityksessä"
text_has "$D" data_content "- Historiatietoa (esimerkiksi kokousmuistiinpanoja, tarjouksia)"
items "$D" data_content '"name", "organisation", "title", "email", "phone", "address", "orders", "marketing_permissions", "correspondence", "web_data"'
text_has "$D" sources "Käytämme myös osiaallisen media kanavia apuna."
field "$D" retention fi "10 vuotta asiakkuuden päättymisestä lukien."
text_has "$D" security_electronic "noudatetaan tietosuojalain"
text_has "$D" cookies "HUBSPOT"
text_has "$D" cookies "<https://www.google.com/settings/ads>"
text_has "$D" cookies "Evästeiden hallinta ja poistaminen:"
items "$D" cookies '"analytics", "marketing_automation"'
field "$D" automated_decisions fi "-"
field "$D" transfers fi "Henkilötietoja ei siirretä Euroopan Unionin ulkopuolelle, ellei se ole organisaation tai sen yhteistyökumppanin teknisen toteutuksen varmistamiseksi tarpeellista."
na "$D" transfers false
text_has "$D" right_access "samposa.savolainen@mediateko.fi"
text_has "$D" complaint "Tietosuojavaltuutetun toimisto"
text_empty "$D" other
no_lost "$EX/mediateko-asiakasrekisteri.txt" "$D" "$T/mediateko.report"
round_trip "$D"

# --- Molentum: plain text, business ID in the controller block ---
L="$T/molentum.seloste"
status 0 S import "$EX/molentum-asiakasrekisteri.txt" -o "$L"
cp "$T/out" "$T/molentum.report"
field "$L" controller name "Molentum Oy"
field "$L" controller business_id "1813720-8"
field "$L" controller street "Lautasuontie 2 A 4"
field "$L" controller postal_code "80400"
field "$L" controller city "Ylämylly"
field "$L" contact_person name "Mika Lähteenmäki"
field "$L" contact_person email "mika.lahteenmaki@molentum.fi"
field "$L" contact_person phone "0400 273 150"
field "$L" contact_person fi "Molentum Oy"
top "$L" modified "2022-11-02"
rows "$L" purposes 1
row_is "$L" purposes 1 basis "contract"
field "$L" purposes fi "Käsittelyn oikeusperuste: Sopimus

Käsittelyn oikeusperusteena on sopimus."
row "$L" purposes 1 fi | grep -qF "Molentum Oy:n (jäljempänä: \"rekisterinpitäjä, organisaatio\")" || fail "molentum: purpose row"
text_has "$L" data_content "- Laskutusosoite"
text_has "$L" retention "90 päivää asiakkuuden päättymisestä lukien."
text_has "$L" cookies "Sinun oikeutesi"
text_has "$L" cookies "GOOGLE ANALYTICS"
field "$L" automated_decisions fi "Ei tehdä."
field "$L" transfers fi "Henkilötietoja ei siirretä Euroopan Unionin ulkopuolelle, ellei se ole organisaation tai sen yhteistyökumppanin teknisen toteutuksen varmistamiseksi tarpeellista."
na "$L" transfers false
text_has "$L" complaint "Kantelen voit tehdä"
text_has "$L" complaint "Kansallisen valvontaviranomaisen yhteystiedot ovat:"
text_empty "$L" other
no_lost "$EX/molentum-asiakasrekisteri.txt" "$L" "$T/molentum.report"
round_trip "$L"
finish
