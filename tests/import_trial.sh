#!/bin/sh
# Misplacements a fresh-eyes user trial of `seloste import` found (issue 12), each by its kind: a bold
# "Label:" paragraph naming a section, common headings the matcher missed, a legal-basis sub-heading
# kept inside the purposes text, a job title after a contact's name, a title line joined onto the
# numbered heading under it, marketing cookies in words, and a Markdown description taken for the title.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# Markdown: bold labels start their sections; front matter's title alone is the title; headings
# "Henkilötietojen käsittely" (text routed by what it says) and "Oikeutesi".
M="$T/md.seloste"
status 0 S import "$F/t2_md_labels.md" -o "$M"
cp "$T/out" "$T/md.report"
top "$M" title "Tietosuojaseloste"
lacks "$T/md.report" 'title "Esimerkkikillan'  # the description names the notice but is not its title
lacks "$T/md.report" 'title "Tietosuojaseloste lyhyesti"'
field "$M" controller name "Esimerkkikilta ry"
field "$M" controller business_id "1234567-1"
field "$M" controller city "Hollola"
field "$M" contact_person name "Aino Virtanen"
field "$M" contact_person email "aino@esimerkki.example"
text_has "$M" purposes "Tietoja käytetään laskutukseen ja jäsenkirjeiden lähettämiseen."
text_has "$M" rights_requests "Voit pyytää pääsyä omiin tietoihisi"
contains "$T/md.report" "No text was lost"

# Markdown: a front matter title in other words than "tietosuojaseloste", the same title again as
# "# ", a description naming the notice: one title, said once.
Y="$T/privacy.seloste"
status 0 S import "$F/t2_md_privacy.md" -o "$Y"
cp "$T/out" "$T/privacy.report"
top "$Y" title "Yksityisyydensuojakäytäntö"
[ "$(grep -c '^  title "' "$T/privacy.report")" = 1 ] || fail "privacy.report: the title is not said exactly once"
field "$Y" controller name "Esimerkki Oy"

# Markdown: a title line right above a numbered heading stays the title.
N="$T/numbered.seloste"
status 0 S import "$F/t2_md_numbered.md" -o "$N"
cp "$T/out" "$T/numbered.report"
top "$N" title "TIETOSUOJASELOSTE"
field "$N" register_name fi "Esimerkkikillan jäsenrekisteri"
contains "$T/numbered.report" '"2. Rekisterin nimi" -> Name of the register'

# HTML: <strong>Label:</strong> value (colon inside or outside the bold), an <h4> legal basis inside the
# purposes, marketing cookies described in words, "Sinun oikeutesi".
H="$T/html.seloste"
status 0 S import "$F/t2_html_labels.html" -o "$H"
cp "$T/out" "$T/html.report"
field "$H" controller name "Esimerkkipaja Oy"
field "$H" controller city "Lahti"
field "$H" contact_person name "Veera Esimerkki"
field "$H" contact_person email "veera@esimerkki.example"
lacks "$T/html.report" "names no legal basis"
contains "$T/html.report" "Contract (6(1)(b)), Consent (6(1)(a))"
row_is "$H" purposes 1 basis "contract"
items "$H" cookies '"ad_pixels"'
text_has "$H" rights_requests "Voit pyytää pääsyä tietoihisi."
contains "$T/html.report" "No text was lost"

# Plain text: numbers without a full stop, a job title after the name, a generic heading, ad cookies.
P="$T/plain.seloste"
status 0 S import "$F/t2_plain_trial.txt" -o "$P"
cp "$T/out" "$T/plain.report"
top "$P" title "TIETOSUOJASELOSTE"
field "$P" register_name fi "Esimerkkiyhdistyksen jäsenrekisteri"
field "$P" contact_person name "Maija Meikäläinen"
text_has "$P" contact_person "toimistopäällikkö"  # the title stays in the section's text
row_is "$P" purposes 1 fi "Tietoja käytetään laskutukseen."  # a row, resting on the basis under "Oikeusperuste"
row_is "$P" purposes 1 basis "contract"
items "$P" cookies '"ad_pixels"'
lacks "$T/plain.report" "Unplaced, kept"
no_lost "$F/t2_plain_trial.txt" "$P" "$T/plain.report"

# English questions and possessives as headings.
E="$T/english.seloste"
status 0 S import "$F/t2_english_trial.txt" -o "$E"
cp "$T/out" "$T/english.report"
contains "$T/english.report" '"6. Who receives the data?" -> Recipients and regular disclosures'
contains "$T/english.report" '"5. Your rights" -> Exercising your rights'
lacks "$T/english.report" "Unplaced, kept"
finish
