#!/bin/sh
# seloste import on plain and PDF-copied text in the shapes real notices come in: headings with no
# blank line around them, PDF extraction debris, decomposed letters, unknown headings between known
# ones, sub-headings under numbered headings (issue 12, kinds 1 and 2).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# A compact page: no blank lines at all. Numbered headings in sequence are headings wherever they
# stand; the title stays the title; a numbered list after "Rekisteriin tallennetaan:" stays text.
C="$T/compact.seloste"
status 0 S import "$F/compact.txt" -o "$C"
cp "$T/out" "$T/compact.report"
contains "$T/compact.report" 'title "TIETOSUOJASELOSTE"'
contains "$T/compact.report" '"1. Rekisterinpitäjä" -> Controller'
contains "$T/compact.report" '"2. Henkilötietojen käsittelyn tarkoitus" -> Purposes of processing'
contains "$T/compact.report" '"3. Rekisterin tietosisältö" -> Data content of the register'
contains "$T/compact.report" '"4. Henkilötietojen säilytysaika" -> Retention period'
lacks "$T/compact.report" '"1. Nimi"'
field "$C" controller name "Esimerkki Oy"
field "$C" controller business_id "2345678-0"
field "$C" controller city "Helsinki"
text_has "$C" purposes "Tietoja käytetään laskutukseen."
text_has "$C" purposes "2. Osoite"
field "$C" retention fi "Tietoja säilytetään kaksi vuotta asiakkuuden päättymisen jälkeen."
text_empty "$C" other
no_lost "$F/compact.txt" "$C" "$T/compact.report"

# Text copied out of a PDF: tabs between every word (lines starting with a heading's word are not a
# heading-TAB-body table), justified spacing, zero-width characters (U+FEFF, U+2060, U+200B), soft
# hyphens (one at a line's end joins "säilytys-aika"), bullets alone on their lines, a heading
# broken over two lines.
P="$T/pdf.seloste"
status 0 S import "$F/pdf_artefacts.txt" -o "$P"
cp "$T/out" "$T/pdf.report"
contains "$T/pdf.report" '"2. Henkilötietojen käsittelyn tarkoitus" -> Purposes of processing'
contains "$T/pdf.report" '"4. Tietojen säilytysaika" -> Retention period'
lacks "$T/pdf.report" '"Evästeitä" ->'
field "$P" controller name "Esimerkki Oy"
field "$P" controller street "Satamakatu 3 B"
text_has "$P" purposes "Tietoja käytetään asiakassuhteen hoitamiseen ja laskutukseen."
text_has "$P" purposes "Tietosuojavastaava valvoo käsittelyn lainmukaisuutta."
items "$P" data_content '"name", "email", "phone"'
field "$P" retention fi "Tietoja säilytetään kaksi vuotta asiakassuhteen päättymisen jälkeen."
printf '\342\200\213\n\342\201\240\n\357\273\277\n\302\255\n' >"$T/invisible"
grep -qF -f "$T/invisible" "$P" && fail "pdf: a zero-width character or soft hyphen was kept"
text_empty "$P" other
grep -q "^No text was lost" "$T/pdf.report" || fail "pdf: text lost: $(tail -1 "$T/pdf.report")"

# Decomposed letters ("a" + U+0308): headings are recognised and the repealed law is found by check.
D="$T/decomposed.seloste"
status 0 S import "$F/decomposed.txt" -o "$D"
cp "$T/out" "$T/decomposed.report"
contains "$T/decomposed.report" '"Rekisterinpitäjä" -> Controller'
contains "$T/decomposed.report" '"Tietojen säilytysaika" -> Retention period'
field "$D" controller name "Esimerkki ry"
field "$D" register_name fi "Jäsenrekisteri"
text_has "$D" purposes "henkilötietolain mukaisesti."
status 1 S check "$D"
contains "$T/out" 'repealed Personal Data Act (henkilötietolaki 523/1999): "henkilötietolain"'

# An unknown heading between known ones is not glued into the register name: it is unplaced and
# reported (the builder decides where its text goes; tests/unit/test_import.c checks the blocks).
U="$T/unknown.seloste"
status 0 S import "$F/unknown_headings.txt" -o "$U"
cp "$T/out" "$T/unknown.report"
field "$U" register_name fi "Asiakasrekisteri"
contains "$T/unknown.report" '"Henkilötietojen käsittely"'
field "$U" controller name "Esimerkki Oy"
field "$U" sources fi "Tiedot saadaan asiakkaalta itseltään tilauksen yhteydessä."
no_lost "$F/unknown_headings.txt" "$U" "$T/unknown.report"

# Sub-headings under numbered headings: known ones ("Oikeus vaatia tiedon korjaamista", "Oikeus
# tarkastaa tiedot") with no blank line around them are headings of their own sections; unknown
# ones ("2.1 Asiakkaat") stay inside their section.
H="$T/sub.seloste"
status 0 S import "$F/subheadings.txt" -o "$H"
cp "$T/out" "$T/sub.report"
contains "$T/sub.report" '"Oikeus vaatia tiedon korjaamista" -> Right to rectification'
text_has "$H" right_access "Rekisteröidyllä on oikeus tarkastaa itseään koskevat tiedot."
text_has "$H" purposes "2.1 Asiakkaat"
field "$H" retention fi "Tietoja säilytetään kaksi vuotta."
grep -q "^No text was lost" "$T/sub.report" || fail "sub: text lost: $(tail -1 "$T/sub.report")"
finish
