#!/bin/sh
# seloste import on the other shapes a notice comes in (fixtures in tests/data/import), and bad input.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# Windows-1252 / ISO-8859-1 text is detected and converted.
status 0 S import "$F/latin1.txt" -o "$T/latin1.seloste"
contains "$T/out" "read as Windows-1252"
field "$T/latin1.seloste" controller name "Kahvila Pyynö Oy"
field "$T/latin1.seloste" controller city "Tampere"
field "$T/latin1.seloste" retention fi "Tietoja säilytetään kaksi vuotta “tarpeen mukaan”."

# PDF text: a heading broken over two lines, words hyphenated at line ends, form feeds, page numbers.
P="$T/pdf.seloste"
status 0 S import "$F/pdf.txt" -o "$P"
cp "$T/out" "$T/pdf.report"
field "$P" controller name "Pajatehdas Oy"
field "$P" controller street "Tehtaankatu 12"
field "$P" controller postal_code "33100"
text_has "$P" purposes "laskuttamiseksi sekä asiakasviestintää varten." # no basis named: no rows
rows "$P" purposes 0
contains "$T/pdf.report" "the old notice names no legal basis; its text was kept as the section's text"
text_has "$P" purposes "henkilökohtai-sempaan palveluun."
field "$P" retention fi "Tietoja säilytetään asiakassuhteen ajan ja sen jälkeen kuusi vuotta kirjanpitolain mukaisesti tai niin kauan kuin laki edellyttää."
items "$P" data_content '"name", "email", "phone"'
grep -q "Sivu" "$P" && fail "page numbers were kept as text"
text_empty "$P" other
grep -q "^No text was lost" "$T/pdf.report" || fail "pdf: text lost: $(tail -1 "$T/pdf.report")"

# Numbered, upper-case headings; one heading feeding two sections; a heading that fits nowhere.
N="$T/numbered.seloste"
status 0 S import "$F/numbered.txt" -o "$N"
cp "$T/out" "$T/numbered.report"
field "$N" controller name "Esimerkki Oy"
field "$N" controller business_id "1234567-8"
field "$N" controller street "Satamakatu 3 B"
field "$N" controller email "asiakaspalvelu(at)esimerkki.fi"
field "$N" controller phone "09 123 4567"
text_empty "$N" controller # the "puh." label went with the number
field "$N" contact_person email "aino.virtanen@esimerkki.fi"
rows "$N" purposes 1
row_is "$N" purposes 1 basis "contract"
row_is "$N" purposes 1 fi "Tietoja käytetään asiakassuhteen hoitamiseen ja laskutukseen."
field "$N" purposes fi "Käsittely perustuu sopimukseen." # under its own heading "5. ... OIKEUSPERUSTE"
field "$N" recipients fi "Tietoja luovutetaan kirjanpitäjälle."
field "$N" transfers fi "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."
na "$N" transfers true
field "$N" security_manual fi "Paperiset asiakirjat säilytetään lukitussa kaapissa."
field "$N" security_electronic fi "Sähköiset tiedot on suojattu salasanoin ja palomuurein."
field "$N" other fi "9. MUUT ASIAT

Selostetta päivitetään tarvittaessa."
top "$N" created "2020-02-01"
contains "$T/numbered.report" '"6. TIETOJEN SÄÄNNÖNMUKAISET LUOVUTUKSET JA SIIRROT" -> Recipients and regular disclosures, Transfers outside the EU or EEA'
contains "$T/numbered.report" '"9. MUUT ASIAT"'
contains "$T/numbered.report" '"5. HENKILÖTIETOJEN KÄSITTELYN OIKEUSPERUSTE" -> Purposes of processing and their legal bases'
no_lost "$F/numbered.txt" "$N" "$T/numbered.report"
round_trip "$N"

# Numbered mixed-case headings, one of them unknown; a name starting with a digit; unusual dashes.
X="$T/mixed.seloste"
status 0 S import "$F/numbered_mixed.txt" -o "$X"
cp "$T/out" "$T/mixed.report"
field "$X" controller name "3 Sisarta Oy"
field "$X" controller business_id "1572860-0"
field "$X" controller phone "02 123 4567"
field "$X" controller fi "Tietosuoja-asioita hoitaa toimitusjohtaja Maija Mäki."
field "$X" contact_person name "Maija Mäki"
field "$X" contact_person email "maija.maki@3sisarta.fi"
field "$X" retention fi "Säilytämme tiedot asiakkuuden ajan ja kaksi vuotta sen päättymisen jälkeen."
text_has "$X" other "2. Johdanto"
contains "$T/mixed.report" '"1. Rekisterinpitäjä ja yhteystiedot" -> Controller'
contains "$T/mixed.report" '"3. Rekisteriasioista vastaava henkilö" -> Contact person'
contains "$T/mixed.report" 'labels read: "Y‑tunnus" "puh."'
grep -q "^No text was lost" "$T/mixed.report" || fail "mixed: text lost: $(tail -1 "$T/mixed.report")"
status 1 S check "$X"
lacks "$T/out" "business ID" # 1572860–0 is read as the valid 1572860-0

# A real HTML page: h2/p/ul/table, script and navigation left out, entities decoded.
H="$T/page.seloste"
status 0 S import "$F/page.html" -o "$H"
cp "$T/out" "$T/page.report"
field "$H" controller name "Verkkokauppa Oy"
field "$H" controller business_id "2345678-9"
field "$H" controller street "Kauppakatu 1"
field "$H" controller city "Jyväskylä"
field "$H" controller email "tietosuoja@verkkokauppa.fi"
top "$H" modified "2024-05-03"
field "$H" purposes fi "Käsittelemme tietoja tilausten toimittamiseksi & asiakaspalvelun hoitamiseksi."
text_has "$H" data_content "- Toimitusosoite"
text_has "$H" retention "Tilaustiedot: 6 vuotta"
text_has "$H" cookies "Evästeiden hallinta"
items "$H" cookies '"analytics"'
text_has "$H" other "Tämä kappale ei sovi mihinkään osioon."
grep -q "tracking\|Etusivu" "$H" && fail "script or navigation was imported"
grep -q "^No text was lost" "$T/page.report" || fail "page: $(tail -1 "$T/page.report")"
round_trip "$H"

# The default output name, and no overwriting without --force.
cp "$F/latin1.txt" "$T/vanha.txt"
status 0 S import "$T/vanha.txt"
[ -s "$T/vanha.seloste" ] || fail "default output vanha.seloste not written"
status 2 S import "$T/vanha.txt"
contains "$T/err" "already exists"
status 0 S import "$T/vanha.txt" --force

# Bad input: clear message, exit 2, nothing written.
check_refused() {
  status 2 S import "$1" -o "$T/bad.seloste"
  contains "$T/err" "$2"
  [ ! -e "$T/bad.seloste" ] || fail "$1: a document was written"
  [ ! -s "$T/out" ] || fail "$1: something went to stdout"
}
head -c 3000 /dev/urandom >"$T/random.bin"
printf '\0\1\2binary' >>"$T/random.bin"
check_refused "$T/random.bin" "binary data"
# random bytes without a NUL are still mostly control characters: binary
head -c 3000 /dev/urandom | tr -d '\000' >"$T/random2.bin"
check_refused "$T/random2.bin" "binary data"

# A text with a few stray control characters (ESC, BEL, DEL, a C1 NEL) is a text: each kind is
# removed and reported once with its first line; a form feed (a PDF page break) is a paragraph break.
printf 'Tietosuojaseloste\n\nRekisterinpitäjä\nKahvila \033Oy\n\nRekisterin nimi\nAsiakas\007rekisteri\033\n\014Käsittelyn tarkoitus\nAsiakassuhteen \302\205hoito.\177\n' >"$T/ctl.txt"
status 0 S import "$T/ctl.txt" -o "$T/ctl.seloste"
contains "$T/out" "$T/ctl.txt:4: a control character (U+001B) was removed"
contains "$T/out" "$T/ctl.txt:7: a control character (U+0007) was removed"
contains "$T/out" "$T/ctl.txt:9: a control character (U+0085) was removed"
contains "$T/out" "$T/ctl.txt:9: a control character (U+007F) was removed"
[ "$(grep -c 'U+001B' "$T/out")" -eq 1 ] || fail "ESC reported more than once"
lacks "$T/out" "U+000C"
field "$T/ctl.seloste" controller name "Kahvila Oy"
text_has "$T/ctl.seloste" purposes "Asiakassuhteen hoito."
# text copied from a terminal: a colour code and a window title go whole, not only their ESC
printf 'Rekisterinpitäjä\n\nAcme Oy\033[1;31m, Mikonkatu 1\033[0m\n\nRekisterin nimi\n\nAsiakasrekisteri \033]0;otsikko\007loppu\n' >"$T/term.txt"
status 0 "$SELOSTE" --ui-lang en import "$T/term.txt" -o "$T/term.seloste"
contains "$T/out" "$T/term.txt:3: a control character (U+001B) was removed"
field "$T/term.seloste" controller name "Acme Oy"
text_has "$T/term.seloste" register_name "Asiakasrekisteri loppu"
lacks "$T/term.seloste" "[1;31m"
lacks "$T/term.seloste" "otsikko"
status 0 "$SELOSTE" render "$T/ctl.seloste" --format text -o "$T/ctl.out"
! LC_ALL=C grep -q "$(printf '[\001-\010\016-\037\177]')" "$T/ctl.seloste" "$T/ctl.out" || fail "a control character was kept"
: >"$T/empty.txt"
check_refused "$T/empty.txt" "the file is empty"
printf '\n  \n\t\n' >"$T/blank.txt"
check_refused "$T/blank.txt" "the file is empty"
check_refused "$T/missing.txt" "$T/missing.txt: cannot read: No such file or directory"
mkdir "$T/dir.txt"
check_refused "$T/dir.txt" "is a directory"
status 2 S import
contains "$T/err" "give exactly one notice"
finish
