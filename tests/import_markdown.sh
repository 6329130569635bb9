#!/bin/sh
# seloste import reads a Markdown notice through md4c (issue 12, kind 7): links give their text
# (an e-mail address, a phone number as written), **strong** and character references come out as
# text, pipe tables as rows or readable lines, front matter as the title and dates (its other lines
# named in the report), "- item" lists with "**Label:** value" lines as rows, "### " sub-headings and
# bold-only lines inside their section; a Markdown file not named .md is known by its marks; md4c is
# loaded by import only.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# --- a company site's notice: YAML front matter, links, bold name, pipe tables, entities, ### ---
D="$T/site.seloste"
status 0 S import "$F/company_site.md" -o "$D"
cp "$T/out" "$T/site.report"
field "$D" controller name "Esimerkki ry"
field "$D" controller email "tietosuoja@esimerkki.example"
field "$D" controller phone "+358 40 000 0000"
field "$D" controller street "Kauppakatu 5 B"
top "$D" created "2023-02-14"          # front matter "date: 2023-02-14T09:30:00+02:00"
top "$D" modified "2024-05-03"         # "lastmod: 2024-05-03"
contains "$T/site.report" 'title "Esimerkki ry:n jäsenrekisterin tietosuojaseloste"'
contains "$T/site.report" 'Left out the Markdown front matter line "permalink: /tietosuoja/"'
contains "$T/site.report" 'Left out the Markdown front matter line "layout: page"'
lacks "$T/site.report" '"---'
lacks "$D" "permalink"
lacks "$D" "layout"
# the purposes table (Käyttötarkoitus | Oikeusperuste) as rows, as the HTML <table> reader reads it
rows "$D" purposes 2
row_is "$D" purposes 1 fi "Jäsenyyden hoito ja jäsenmaksujen laskutus"
row_is "$D" purposes 1 basis "contract"
row_is "$D" purposes 2 basis "legitimate_interest"
# any other table as readable lines
text_has "$D" data_content "Nimi ja osoite: jäseneltä itseltään"
# entities are characters
text_has "$D" retention "erääntymisestä"
text_has "$D" retention "▹ Kirjanpitoaineisto säilytetään"
text_has "$D" rights_requests "vaatia virheellisten tietojen korjaamista"
# "### Jäsenlehti" and the bold-only "**Tapahtumat**" stay in the purposes section
text_has "$D" purposes "Lähetämme jäsenlehden kaikille jäsenille"
text_has "$D" purposes "Tapahtumiin ilmoittautuneiden ruokavaliot"
lacks "$T/site.report" '"Jäsenlehti" ->'
lacks "$T/site.report" '"Tapahtumat" ->'
grep -q "^No text was lost" "$T/site.report" || fail "site: the report does not say that no text was lost"
# no Markdown syntax anywhere: the document, nor its rendering in any format
S render "$D" --format text -o "$T/site.txt" 2>/dev/null
S render "$D" --format md -o "$T/site.md" 2>/dev/null
for f in "$D" "$T/site.txt"; do
  lacks "$f" "*"
  lacks "$f" "](";
  lacks "$f" "| "
  lacks "$f" "&auml;"
  lacks "$f" "&#9657;"
done
lacks "$T/site.txt" "\\"
lacks "$T/site.md" "\\*\\*Esimerkki"
contains "$T/site.md" "Esimerkki ry"

# --- the same notice under another name is known as Markdown by its marks ---
cp "$F/company_site.md" "$T/site-notice.txt"
status 0 S import "$T/site-notice.txt" -o "$T/site2.seloste"
cmp -s "$D" "$T/site2.seloste" || fail "a Markdown notice named .txt imports differently: $(diff "$D" "$T/site2.seloste" | head -c 300)"

# --- an association's notice: TOML front matter, a field list, a providers list, bold sub-headings ---
A="$T/assoc.seloste"
status 0 S import "$F/association.md" -o "$A"
cp "$T/out" "$T/assoc.report"
top "$A" modified "2025-03-12"
contains "$T/assoc.report" 'Left out the Markdown front matter line "weight = 40"'
field "$A" controller name "Esimerkkikerho ry"
field "$A" controller email "hallitus@esimerkki.example"
field "$A" controller phone "+358 50 111 2222"
rows "$A" providers 2
row_is "$A" providers 1 name "Lomakepalvelu Oy"
row_is "$A" providers 1 country "FI"
row_is "$A" providers 1 fi "Ilmoittautumislomakkeet"
row_is "$A" providers 2 name "Kirjepalvelu AB"
row_is "$A" providers 2 country "SE"
text_has "$A" retention "Ilmoittautumistiedot poistetaan kolmen kuukauden kuluttua"
text_has "$A" retention "Tapahtumakuvia säilytetään kerhon arkistossa – pyynnöstä"
lacks "$T/assoc.report" '"Kuvat" ->'
grep -q "^No text was lost" "$T/assoc.report" || fail "assoc: the report does not say that no text was lost"

# --- "1. Rekisterinpitäjä" between blank lines is a numbered heading (CommonMark alone would make it
# a list of one item), a real numbered list stays a list ---
N="$T/numbered.seloste"
status 0 S import "$F/numbered_lines.md" -o "$N"
cp "$T/out" "$T/numbered.report"
contains "$T/numbered.report" '"1. Rekisterinpitäjä" -> Controller'
contains "$T/numbered.report" '"3. Tietojen säilytysaika" -> Retention period'
field "$N" controller name "Esimerkki Oy"
field "$N" controller business_id "2345678-0"
field "$N" controller email "asiakaspalvelu@esimerkki.example"
field "$N" register_name fi "Esimerkki Oy:n asiakasrekisteri"
text_has "$N" retention "tilaukset kuusi vuotta,"
text_has "$N" retention "asiakaspalautteet kaksi vuotta."
lacks "$T/numbered.report" '"tilaukset kuusi vuotta," ->'

# --- every section written as "# ": each is a section heading (the HTML reader takes a lone <h1> for
# the title), and one it cannot place is listed as unplaced, its text not glued to the section before ---
H="$T/h1.seloste"
status 0 S import "$F/h1_sections.md" -o "$H"
cp "$T/out" "$T/h1.report"
field "$H" controller email "info@esimerkki.example"
text_has "$H" retention "Poistamme tiedot vuoden kuluttua"
lacks "$H" "Esimerkki Oy, info@esimerkki.example Miksi"
member "$H" controller fi | grep -q "kurssien" && fail "h1: the text under an unknown '# ' heading was glued to the controller"
member "$H" other fi | grep -q "Tietoja tarvitaan kurssien ilmoittautumisiin." ||
  member "$H" purposes fi | grep -q "Tietoja tarvitaan kurssien ilmoittautumisiin." ||
  fail "h1: the text under '# Miksi keräämme tietoja' is neither in purposes nor in other"

# --- seloste's own Markdown rendering of these documents imports as the same document ---
for doc in "$D" "$A"; do
  S render "$doc" --format md -o "$T/own.md" 2>/dev/null || fail "render md of $doc"
  status 0 S import "$T/own.md" -o "$T/own.seloste" --force
  na_shown "$doc" >"$T/own.want"
  na_shown "$T/own.seloste" >"$T/own.got"
  cmp -s "$T/own.want" "$T/own.got" || fail "$(basename "$doc"): md round trip differs: $(diff "$T/own.want" "$T/own.got" | head -c 400)"
done

# --- plain text with a "# " line but no other Markdown stays with the plain reader ---
printf 'Rekisterinpitäjä\n\nEsimerkki Oy, Y-tunnus 1234567-1 # pääkonttori\n\n# 1\n\nTeksti *tähdellä*.\n' >"$T/plain.txt"
status 0 S import "$T/plain.txt" -o "$T/plain.seloste"
contains "$T/plain.seloste" "*tähdellä*"

# --- md4c is loaded by import only: rendering never opens it ---
if LD_DEBUG=libs "$SELOSTE" --version 2>&1 | grep -q "calling init"; then
  LD_DEBUG=libs S render "$D" --format text -o "$T/ld.txt" 2>"$T/ld.render" >/dev/null
  ! grep -q "libmd4c" "$T/ld.render" || fail "seloste render loads md4c"
  LD_DEBUG=libs S import "$F/company_site.md" -o "$T/ld.seloste" 2>"$T/ld.import" >/dev/null
  grep -q "libmd4c-html" "$T/ld.import" || fail "seloste import of a .md file does not load md4c"
fi
# --- a block of lines (an address, "Label: value" fields) keeps its lines: CommonMark joins a
# paragraph's lines, which glued the controller's bold name to its first field and two dates together;
# wrapped prose stays one paragraph ---
L="$T/lines.seloste"
status 0 S import "$F/fm_md_lines.md" -o "$L"
cp "$T/out" "$T/lines.report"
field "$L" controller name "Esimerkkiseura ry"
field "$L" controller business_id "1234567-1"
field "$L" controller street "Harjoituskatu 7"
field "$L" controller email "seura@esimerkki.example"
top "$L" created "2021-04-03"
top "$L" modified "2024-10-09"
lacks "$T/lines.report" "3.4.2021 Päivitetty"
text_has "$L" register_name "kirjoitettu kahdelle riville, kuten"
text_has "$L" complaint "Esimerkkivirasto"
member "$L" complaint fi | grep -q "Esimerkkivirasto PL 999" && fail "lines: the authority's address lines were joined"
# a bold sub-heading that names another section takes its line there, and the sub-headings after it
# at its rank return to the section they are all under
text_has "$L" right_rectification "Oikeus tietojen korjaamiseen:"
text_has "$L" data_content "Laitetiedot:"
# a place word ("Suomessa") does not hide what a bold sub-heading names
text_has "$L" complaint "Kokeiluvirasto, joka ottaa"
member "$L" right_rectification fi | grep -q "Kokeiluvirasto" && fail "lines: the authority stayed under the right it followed"
text_has "$L" data_content "- Selaimen tunniste"
member "$L" purposes fi | grep -q "Laitetiedot" && fail "lines: a sub-heading after a moved one stayed with it"
member "$L" purposes fi | grep -q "Suostumukset:" || member "$L" consent_withdrawal fi | grep -q "Suostumukset:" ||
  fail "lines: the moved sub-heading's own line was dropped"

# --- a fenced code block keeps its lines: a contact written in one is read field by field ---
C="$T/fence.seloste"
status 0 S import "$F/fm_md_fence.md" -o "$C"
field "$C" controller name "Maija Esimerkki"
field "$C" controller street "Kokeilutie 3 B 12"
field "$C" controller postal_code "00980"
field "$C" controller email "maija@esimerkki.example"

finish
