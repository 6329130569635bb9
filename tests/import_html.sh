#!/bin/sh
# seloste import of whole published HTML pages: the notice's main content without the site around it,
# the footer's contact details only when the notice names no controller, sub-headings kept in their
# section, tables and definition lists as readable lines, the page title never a section.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# imp NAME: imports html_NAME.html into $T/NAME.seloste, its report in $T/NAME.report.
imp() {
  status 0 S import "$F/html_$1.html" -o "$T/$1.seloste"
  cp "$T/out" "$T/$1.report"
}
# sec_has DOC SECTION STRING: the section (its text or its rows) holds STRING.
sec_has() {
  sed -n "/^  $2 : *\$/,/^  };/p" "$1" | grep -qF -- "$3" || fail "$(basename "$1"): $2 lacks: $3"
}
# absent DOC WORDS...: none of the words or phrases is in the document.
absent() {
  doc=$1; shift
  for w in "$@"; do
    ! grep -qF -- "$w" "$doc" || fail "$(basename "$doc"): holds site text: $w"
  done
}

# A CMS page: skip link, cookie banner, site header with a menu, breadcrumbs and a share list and a
# widget area inside <main>, a site footer with another company's address. Only the notice is read.
imp cms
absent "$T/cms.seloste" "Siirry sisältöön" "evästeitä parantaakseen" "Hyväksy kaikki" "010 555 0000" \
  "Laadukkaat putkityöt" "Referenssit" "Kotisivu" "Jaa Facebookissa" "Ajankohtaista" "huoltokampanja" \
  "Asentajankatu" "7654321-2" "Kaikki oikeudet" "Evästeasetukset"
field "$T/cms.seloste" controller name "Esimerkki Oy"
field "$T/cms.seloste" controller street "Putkitie 4"
field "$T/cms.seloste" controller business_id "1234567-1"
field "$T/cms.seloste" retention fi "Säilytämme tietoja kolme vuotta viimeisen tilauksen jälkeen."
contains "$T/cms.report" "Unplaced: nothing."
lacks "$T/cms.report" "the page's footer"
grep -q "^No text was lost" "$T/cms.report" || fail "cms: $(tail -1 "$T/cms.report")"

# No <main>: the notice sits in a column between two others with plain class names; the column that
# holds the section headings is read, the others and the page's top and bottom are not.
imp sidebars
absent "$T/sidebars.seloste" "Tapahtumat" "Syysretki" "Tapahtumakalenteri" "Liity jäseneksi" \
  "Jäsenmaksu on 20 euroa" "Etusivu" "Jäsenille" "Sivuston ylläpito"
contains "$T/sidebars.report" "Unplaced: nothing."
field "$T/sidebars.seloste" controller name "Esimerkkiseura ry"
field "$T/sidebars.seloste" data_content fi "Nimi, osoite, sähköpostiosoite ja jäsenmaksutiedot."

# The notice names no controller: the footer's name, address, business ID, phone and e-mail fill it
# (the copyright line and the footer's links do not).
imp footer_controller
field "$T/footer_controller.seloste" controller name "Esimerkki Oy"
field "$T/footer_controller.seloste" controller business_id "1234567-1"
field "$T/footer_controller.seloste" controller street "Kauppakuja 3"
field "$T/footer_controller.seloste" controller postal_code "20100"
field "$T/footer_controller.seloste" controller city "Turku"
field "$T/footer_controller.seloste" controller email "myynti@esimerkki.example"
field "$T/footer_controller.seloste" controller phone "040 000 1234"
contains "$T/footer_controller.report" "the page's footer -> Controller"
absent "$T/footer_controller.seloste" "©" "Toimitusehdot" "Etusivu"
grep -q "^No text was lost" "$T/footer_controller.report" || fail "footer: $(tail -1 "$T/footer_controller.report")"

# <h4> labels inside the contact sections are neither sections nor names: "Nimi" + its paragraph is
# the name.
imp h4_labels
field "$T/h4_labels.seloste" controller name "Esimerkki Oy"
field "$T/h4_labels.seloste" controller business_id "7654321-2"
field "$T/h4_labels.seloste" controller street "Mallikatu 12"
field "$T/h4_labels.seloste" controller city "Oulu"
field "$T/h4_labels.seloste" controller phone "08 555 1234"
field "$T/h4_labels.seloste" contact_person name "Matti Esimerkki"
field "$T/h4_labels.seloste" contact_person email "matti.esimerkki@esimerkki.example"
lacks "$T/h4_labels.report" '"Nimi" ->'
lacks "$T/h4_labels.report" '"Sähköposti" ->'
grep -q "^No text was lost" "$T/h4_labels.report" || fail "h4: $(tail -1 "$T/h4_labels.report")"

# Bold-only paragraphs naming legal bases under the purposes section, and <h3> data groups under the
# data content, stay in their section; an <h3> that names another section on its own is one.
imp bold_sub
for h in Sopimus Suostumus "Lakisääteinen velvoite" Yhteydenotot "Kolmannen osapuolen evästeet"; do
  lacks "$T/bold_sub.report" "\"$h\" ->"
done
sec_has "$T/bold_sub.seloste" purposes "Uutiskirjeen lähettäminen perustuu tilaajan antamaan lupaan."
sec_has "$T/bold_sub.seloste" purposes "Kirjanpitoaineisto säilytetään kirjanpitolain mukaan."
text_has "$T/bold_sub.seloste" data_content "Asiakaspalveluun lähetetyt viestit ja niiden vastaukset."
text_has "$T/bold_sub.seloste" data_content "Tieto siitä, mitä mainoksia käyttäjä on nähnyt."
text_empty "$T/bold_sub.seloste" consent_withdrawal
text_empty "$T/bold_sub.seloste" requirement
text_empty "$T/bold_sub.seloste" cookies
field "$T/bold_sub.seloste" contact_person name ""
contains "$T/bold_sub.report" '"Tietojen luovutus" -> Recipients'
text_has "$T/bold_sub.seloste" recipients "Tietoja ei luovuteta kolmansille osapuolille."

# A table that is not of purposes or providers: a two-cell row is "Label: value" (a cell's paragraphs
# joined, not glued), a wider row its cells apart, the column headings no section; a definition list
# "term: description".
imp table
field "$T/table.seloste" controller street "Esimerkkitie 5"
field "$T/table.seloste" controller postal_code "70100"
field "$T/table.seloste" controller city "Kuopio"
text_has "$T/table.seloste" data_content "Perustiedot – nimi, syntymävuosi – asiakas itse"
text_has "$T/table.seloste" data_content "Yhteystiedot – sähköposti, puhelinnumero – asiakas itse"
lacks "$T/table.report" '"Tietoryhmä" ->'
text_has "$T/table.seloste" cookies "_ga: Kävijämäärien seuranta."
text_has "$T/table.seloste" cookies "sessio: Kirjautumisen ylläpito."
grep -q "^No text was lost" "$T/table.report" || fail "table: $(tail -1 "$T/table.report")"

# The page's <h1> is its title, not a section, even when it names one ("evästeseloste").
imp title
lacks "$T/title.report" '"Tietosuoja- ja evästeseloste" ->'
field "$T/title.seloste" cookies fi "Sivusto käyttää vain välttämättömiä evästeitä."
contains "$T/title.report" '"Evästeet" -> Cookies'
grep -q "^No text was lost" "$T/title.report" || fail "title: $(tail -1 "$T/title.report")"

# Older pages write each heading in bold at the start of its paragraph, the text after a <br>: the
# bold start is the heading, an unknown one listed as unplaced rather than glued to the section before.
imp bold_lead
field "$T/bold_lead.seloste" controller name "Esimerkki Oy"
field "$T/bold_lead.seloste" controller city "Vaasa"
field "$T/bold_lead.seloste" register_name fi "Esimerkki Oy:n varausrekisteri"
sec_has "$T/bold_lead.seloste" purposes "Pöytävarausten vastaanottaminen ja vahvistaminen."
lacks "$T/bold_lead.seloste" "vahvistaminen.\\n\\nTietojen paikkansapitävyys"
contains "$T/bold_lead.report" '"Tietojen paikkansapitävyys"'
text_has "$T/bold_lead.seloste" recipients "Tietoja ei anneta ulkopuolisille."
lacks "$T/bold_lead.report" '"Rekisteriseloste" ->'

# The notice in a box whose class name starts like a menu's ("nav-spacing"), its sections as items of
# a numbered list each holding a heading: the box is read, each item's heading is a section.
imp list_sections
field "$T/list_sections.seloste" controller name "Esimerkki Oy"
field "$T/list_sections.seloste" register_name fi "Kurssilaisrekisteri"
field "$T/list_sections.seloste" retention fi "Tiedot poistetaan vuoden kuluttua kurssin päättymisestä."
contains "$T/list_sections.report" '"Käsittelyn tarkoitus" -> Purposes'
absent "$T/list_sections.seloste" "Etusivu" "Kurssit\""

finish
