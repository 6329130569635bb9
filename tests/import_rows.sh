#!/bin/sh
# seloste import reads purposes and service providers given as rows: an HTML table with a purpose and
# a legal-basis column, a list whose items are each followed by "Oikeusperuste: ..." lines, and
# seloste's own renderings of rows (tests/golden/rows.*), the legal basis named by its label or by its
# point of Art. 6(1) in the common forms; a basis that cannot be read keeps its words in the row.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# --- an HTML notice of our own with a purposes table and a providers table ---
H="$T/table.seloste"
status 0 S import "$F/purposes_table.html" -o "$H"
cp "$T/out" "$T/table.report"
rows "$H" purposes 4
row_is "$H" purposes 1 basis "contract"           # "Sopimus (6 artiklan 1 kohdan b alakohta)"
row_is "$H" purposes 1 fi "Jäsenyyden ja kulkuoikeuksien hallinta"
row_is "$H" purposes 1 retention_fi "Jäsenyyden ajan ja kaksi vuotta sen jälkeen"
row_is "$H" purposes 2 basis "legal_obligation"   # "GDPR 6.1 c"
row_is "$H" purposes 3 basis "legitimate_interest" # "Art. 6(1)(f)"
row_is "$H" purposes 3 fi "Kulunvalvonnan kameratallenteet"
row_is "$H" purposes 3 interest_fi "Tilojen ja jäsenten turvallisuus"
row_is "$H" purposes 3 retention_fi "30 vuorokautta"
# "Jäsenen pyyntö" names no basis: the row gets the first basis named elsewhere, its words are kept
row_is "$H" purposes 4 basis "contract"
row_is "$H" purposes 4 fi "Tyytyväisyyskyselyt

Käsittelyn oikeusperuste: Jäsenen pyyntö"
contains "$T/table.report" 'the legal basis of the purpose "Tyytyväisyyskyselyt..." was not recognised; the row was given Contract (6(1)(b))'
field "$H" purposes fi "Käytämme jäsenten tietoja alla luetelluissa tarkoituksissa."
rows "$H" providers 2
row_is "$H" providers 1 name "Salijärjestelmä Oy"
row_is "$H" providers 1 role "other"
row_is "$H" providers 1 country "FI"
row_is "$H" providers 1 fi "Jäsenrekisterin ylläpito"
row_is "$H" providers 2 name "Postimies Inc."
row_is "$H" providers 2 role "email"              # its label "Sähköposti ja uutiskirjeet"
row_is "$H" providers 2 country "US"
row_is "$H" providers 2 mechanism "scc"           # "Vakiosopimuslausekkeet"
# a country seloste does not know: the provider stays as text, reported
text_has "$H" providers "Palveluntarjoaja: Kaukopalvelu Ltd"
text_has "$H" providers "Maa: Atlantis"
contains "$T/table.report" '"Kaukopalvelu Ltd" ("Atlantis") is not one seloste knows'
grep -q "^No text was lost" "$T/table.report" || fail "table: $(tail -1 "$T/table.report")"
round_trip "$H"

# a table whose basis nobody can read, in a notice naming no basis elsewhere: the words stay as text
printf '<html><body><h2>Käsittelyn tarkoitukset</h2><table><tr><th>Tarkoitus</th><th>Oikeusperuste</th><th>Säilytysaika</th></tr><tr><td>Kävijäkirja</td><td>Talon tapa</td><td>Vuoden</td></tr></table></body></html>\n' >"$T/nobasis.html"
status 0 S import "$T/nobasis.html" -o "$T/nobasis.seloste"
rows "$T/nobasis.seloste" purposes 0
text_has "$T/nobasis.seloste" purposes "Kävijäkirja"
text_has "$T/nobasis.seloste" purposes "Oikeusperuste: Talon tapa"
text_has "$T/nobasis.seloste" purposes "Vuoden"
contains "$T/out" 'the legal basis of the purpose "Kävijäkirja..." was not recognised and the notice names no other'

# --- a text notice of our own: purposes as a list, each followed by its basis line ---
L="$T/list.seloste"
status 0 S import "$F/purposes_list.txt" -o "$L"
cp "$T/out" "$T/list.report"
rows "$L" purposes 4
row_is "$L" purposes 1 basis "contract"
row_is "$L" purposes 1 fi "Kakkutilausten vastaanotto ja toimitus"
row_is "$L" purposes 1 retention_fi "kaksi vuotta viimeisestä tilauksesta"
row_is "$L" purposes 2 basis "legal_obligation"   # "lakisääteinen velvoite (GDPR 6.1 c)"
row_is "$L" purposes 3 basis "legitimate_interest" # "6 art. 1 kohdan f alakohta"
row_is "$L" purposes 3 interest_fi "Omien tuotteiden markkinointi nykyisille asiakkaille"
row_is "$L" purposes 4 basis "contract"
row_is "$L" purposes 4 fi "Leipomokurssien ilmoittautumiset

Oikeusperuste: kurssin järjestäminen"
contains "$T/list.report" 'the legal basis of the purpose "Leipomokurssien ilmoittautumiset..." was not recognised'
field "$L" purposes fi "Käsittelemme asiakkaiden tietoja seuraaviin tarkoituksiin:"
no_lost "$F/purposes_list.txt" "$L" "$T/list.report"
round_trip "$L"

# --- the same in English, as Markdown: "**Legal basis:** ..." lines ---
cat >"$T/en.md" <<'MD'
# Privacy notice

## Controller

Harbour Books Ltd, Satamakatu 1, 00160 Helsinki, info@harbour.example

## Purposes of processing

We use your data for these purposes:

- Handling your orders\
  **Legal basis:** Contract, Art. 6(1)(b)\
  **Retention:** Two years after the order.
- Sending offers to customers\
  **Legal basis:** GDPR 6.1 f\
  **Legitimate interest:** Marketing our own books
MD
status 0 S import "$T/en.md" -o "$T/en.seloste"
rows "$T/en.seloste" purposes 2
row_is "$T/en.seloste" purposes 1 basis "contract"
row_is "$T/en.seloste" purposes 1 en "Handling your orders"
row_is "$T/en.seloste" purposes 1 retention_en "Two years after the order."
row_is "$T/en.seloste" purposes 2 basis "legitimate_interest"
row_is "$T/en.seloste" purposes 2 interest_en "Marketing our own books"

# --- seloste's own renderings of rows (tests/golden/rows.*): every basis, interest and retention,
# the retention pointer ("Katso kohta 11 ...") read as "said in the retention section", providers with
# their roles, countries and mechanisms ---
for g in fi.text fi.html fi.md en.text en.html en.md; do
  cp "$top_srcdir/tests/golden/rows.$g" "$T/rows.$g"
  D="$T/rows.$g.seloste"
  status 0 S import "$T/rows.$g" -o "$D"
  rows "$D" purposes 6; row_is "$D" purposes 6 basis "legitimate_interest"
  row_is "$D" purposes 1 basis "contract"
  row_is "$D" purposes 2 basis "legal_obligation"
  row_is "$D" purposes 3 retention_${g%%.*} ""
  row_is "$D" purposes 4 basis "legitimate_interest"
  row_is "$D" purposes 5 basis "consent"
  rows "$D" providers 5
  row_is "$D" providers 1 role "it"
  row_is "$D" providers 2 country "NZ"
  row_is "$D" providers 2 mechanism "adequacy"
  row_is "$D" providers 3 role "email"
  row_is "$D" providers 3 country "US"
  row_is "$D" providers 3 mechanism "dpf"
  row_is "$D" providers 5 country "SE"
done
row_is "$T/rows.fi.text.seloste" purposes 2 fi "Kirjanpito: tositteiden ja kirjanpitokirjojen laatiminen ja säilyttäminen kirjanpitolain (1336/1997) mukaisesti, myös verottajan tarkastuksia varten"
row_is "$T/rows.fi.text.seloste" purposes 2 retention_fi "Tositteet 6 vuotta ja kirjanpitokirjat 10 vuotta tilikauden päättymisestä."
row_is "$T/rows.fi.html.seloste" purposes 4 interest_fi "Suoramarkkinointi omista samankaltaisista tuotteista"
row_is "$T/rows.fi.text.seloste" purposes 4 interest_fi "Suoramarkkinointi omista samankaltaisista tuotteista"
row_is "$T/rows.fi.html.seloste" purposes 3 fi "Reklamaatiot <b>ja</b> *palautukset* #1"
finish
