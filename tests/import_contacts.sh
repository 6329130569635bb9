#!/bin/sh
# seloste import reads contact blocks as notices write them (issue 12, kind 6): a label alone on its
# line with the value on the next, inline labels ("Rekisterinpitäjä: Esimerkki ry, Hollola"), the
# business ID split off the name and read in its common spellings (without its dash too), addresses
# under their several labels, link syntax stripped, phones kept as written; a sentence is never a
# name (its e-mail is still read) and the supervisory authority's details never become a contact's.
# Fixtures: tests/data/import/contact_*.txt, written for these tests.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# A label alone on its line is a label: its value is the next line (paragraph).
D="$T/sub.seloste"
status 0 S import "$F/contact_sublabels.txt" -o "$D"
field "$D" controller name "Kyläyhdistys Esimerkki ry"
field "$D" controller business_id "1234567-8"
field "$D" controller email "hallitus@esimerkki.example"
text_empty "$D" controller
no_lost "$F/contact_sublabels.txt" "$D" "$T/out"

# An inline label; a sentence is kept whole as text, its e-mail read.
D="$T/sentence.seloste"
status 0 S import "$F/contact_sentence.txt" -o "$D"
field "$D" controller name "Esimerkki ry"
field "$D" controller city "Hollola"
field "$D" contact_person name ""
field "$D" contact_person email "hallitus@esimerkki.example"
field "$D" contact_person fi "Tietosuoja-asioissa voit ottaa yhteyttä hallitukseen osoitteessa hallitus@esimerkki.example."
no_lost "$F/contact_sentence.txt" "$D" "$T/out"
# ... the same label in bold HTML
printf '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p><strong>Rekisterinpitäjä:</strong> Esimerkki ry, Hollola</p>\n' >"$T/strong.html"
status 0 S import "$T/strong.html" -o "$T/strong.seloste"
field "$T/strong.seloste" controller name "Esimerkki ry"
field "$T/strong.seloste" controller city "Hollola"

# The name and its business ID apart; "Osoite"; a stray Markdown link; phones as written; the
# authority's post box, postal code, phone and e-mail stay text.
D="$T/labels.seloste"
status 0 S import "$F/contact_labels.txt" -o "$D"
field "$D" controller name "Esimerkki Oy"
field "$D" controller business_id "1234567-8"
field "$D" controller street "Kauppakatu 25a"
field "$D" controller email "asiakaspalvelu@esimerkki.example"
field "$D" controller phone "(09) 123 4567"
field "$D" contact_person name "Maija Esimerkki"
field "$D" contact_person phone "040-000 0000"
field "$D" contact_person street ""
field "$D" contact_person postal_code ""
field "$D" contact_person city ""
field "$D" contact_person email "maija.esimerkki@esimerkki.example"
lacks "$D" 'street = "PL 800"'
grep -q "PL 800, 00531 Helsinki" "$D" || fail "labels: the authority's address was not kept as text"

# "Y-tunnus 12345678" is read with its dash and the report says so; "Postiosoite: PL 12, ...".
D="$T/ids.seloste"
status 0 S import "$F/contact_ids.txt" -o "$D"
field "$D" controller name "Esimerkki Oy"
field "$D" controller business_id "1234567-8"
contains "$T/out" '"12345678 read as 1234567-8"'
field "$D" controller street "PL 12"
field "$D" controller postal_code "00100"
field "$D" controller city "Helsinki"
field "$D" controller phone "+358 40 000 0000"
no_lost "$F/contact_ids.txt" "$D" "$T/out"

# Other spellings of the labels, one notice each.
one() { # one LINES FIELD VALUE
  printf 'Tietosuojaseloste\n\nRekisterinpitäjä\n\nEsimerkki Oy\n%s\n\nRekisterin nimi\n\nAsiakasrekisteri, johon tallennetaan verkkokaupan asiakkaiden tilaukset ja yhteystiedot palvelun toimittamiseksi.\n' "$1" >"$T/one.txt"
  status 0 S import "$T/one.txt" -o "$T/one.seloste" --force
  field "$T/one.seloste" controller "$2" "$3"
}
one "Y-tunnus: 1234567-8" business_id "1234567-8"
one "Business ID 1234567-8" business_id "1234567-8"
one "FO-nummer 1234567-8" business_id "1234567-8"
one "y-tunnus 1234567-8" business_id "1234567-8"
one "Katuosoite: Kauppakatu 25a" street "Kauppakatu 25a"
one "Käyntiosoite: Kauppakatu 25a, 15100 Lahti" city "Lahti"
one "Address: Kauppakatu 25a" street "Kauppakatu 25a"
one "puh. 09 1234 567" phone "09 1234 567"
one "Sähköposti: [info@esimerkki.example](mailto:info@esimerkki.example)" email "info@esimerkki.example"
one "info@esimerkki.example" email "info@esimerkki.example"
finish
