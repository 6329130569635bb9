#!/bin/sh
# seloste import: dates wherever they stand (issue 12, kind 4), the title kept and checked and several
# notices in one file (kind 8), the notice's language (kind 9). Fixtures: tests/data/import/meta_*.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# --- dates: a label line before the first heading, a sentence in a section, a law's date ignored,
# "valid from" kept as text ---
D="$T/dates.seloste"
status 0 S import "$F/meta_dates.txt" -o "$D"
cp "$T/out" "$T/dates.report"
top "$D" modified "2023-09-20"         # "Viimeksi päivitetty: 20/09/2023"
top "$D" created "2019-05-03"          # "Seloste on laadittu 3. toukokuuta 2019." (a sentence)
text_has "$D" purposes "Seloste on laadittu 3. toukokuuta 2019." # the sentence stays
text_has "$D" retention "EU:n tietosuoja-asetus tuli voimaan 25.5.2018." # a law's date, not the notice's
text_has "$D" retention "Voimassa 1.10.2023 alkaen" # no field for it: kept as text
contains "$T/dates.report" "date 2023-10-01 (valid from)"
lacks "$D" "Viimeksi päivitetty" # a label line is taken out of the text
no_lost "$F/meta_dates.txt" "$D" "$T/dates.report"

# a date in the footer is the last update when no other is stated; its line stays
D="$T/footer.seloste"
status 0 S import "$F/meta_dates_footer.txt" -o "$D"
top "$D" modified "2019-03-12"
top "$D" created ""                    # never invented, never today
text_has "$D" retention "Helsingissä 12.3.2019"

# only "valid from": the last update, and the sentence stays
D="$T/valid.seloste"
status 0 S import "$F/meta_dates_valid.txt" -o "$D"
top "$D" modified "2025-01-01"
top "$D" created ""
text_has "$D" purposes "Tämä seloste on voimassa 1.1.2025 alkaen."

# the stated creation date survives render and a second import (seloste never sets it to today)
D="$T/title.seloste"
status 0 S import "$F/meta_title.txt" -o "$D"
cp "$T/out" "$T/title.report"
top "$D" created "2019-03-12"
S render "$D" --format text -o "$T/title.txt" 2>/dev/null
status 0 S import "$T/title.txt" -o "$T/title2.seloste"
top "$T/title2.seloste" created "2019-03-12"

# --- the title: kept, read by check (the repealed Personal Data Act), never a paragraph ---
top "$D" title "Henkilötietolain (523/99) 10 §:n mukainen rekisteriseloste"
no_lost "$F/meta_title.txt" "$D" "$T/title.report"
status 1 S check "$D"
contains "$T/out" "register_name: error: refers to the repealed Personal Data Act (henkilötietolaki 523/1999): \"Henkilötietolain\""
D="$T/register.seloste"
status 0 S import "$F/meta_title_register.txt" -o "$D"
top "$D" title "Asiakasrekisteri – tietosuojaseloste"
field "$D" register_name fi "Asiakasrekisteri"  # only the register part of the title
text_has "$D" other "Tämä tietosuojaseloste kertoo, miten Esimerkki Oy käsittelee" # a sentence is no title
# an old document without a title loads; a title survives saving and loading
sed '/^title = /d' "$D" >"$T/old.seloste"
S check "$T/old.seloste" >"$T/out" 2>"$T/err"
[ $? -le 1 ] || fail "a document without a title does not load: $(cat "$T/err")"
S check "$D" >"$T/out" 2>"$T/err"
[ $? -le 1 ] || fail "a document with a title does not load: $(cat "$T/err")"
cp "$D" "$T/keep.seloste"
status 0 S import "$F/meta_title_register.txt" -o "$D" --force
cmp -s "$D" "$T/keep.seloste" || fail "a second import of the same notice differs"

# --- two notices in one file: reported with the second's title and line; --all writes each ---
status 0 S import "$F/meta_two.txt" -o "$T/two.seloste"
contains "$T/err" "meta_two.txt:15: another notice begins here: \"KAMERAVALVONTAREKISTERIN TIETOSUOJASELOSTE\""
contains "$T/out" "meta_two.txt:15: another notice begins here"
field "$T/two.seloste" retention fi "Jäsenen tiedot säilytetään jäsenyyden ajan." # not merged with the camera's
field "$T/two.seloste" register_name fi "Jäsenrekisteri"
cp "$F/meta_two.txt" "$T/two.txt"
: >"$T/two-2.seloste"
status 2 S import --all "$T/two.txt"
contains "$T/err" "two-2.seloste: already exists; use --force"
[ -e "$T/two-1.seloste" ] && fail "--all wrote a document although another target exists"
rm "$T/two-2.seloste"
status 0 S import --all "$T/two.txt"
contains "$T/out" "Imported $T/two.txt into $T/two-1.seloste."
contains "$T/out" "Notice 2 of 2: \"KAMERAVALVONTAREKISTERIN TIETOSUOJASELOSTE\""
field "$T/two-1.seloste" retention fi "Jäsenen tiedot säilytetään jäsenyyden ajan."
field "$T/two-2.seloste" retention fi "Tallenteet säilytetään 30 päivää, minkä jälkeen ne tallentuvat automaattisesti uusien päälle."
field "$T/two-2.seloste" register_name fi "Kameravalvontarekisteri"
top "$T/two-2.seloste" title "KAMERAVALVONTAREKISTERIN TIETOSUOJASELOSTE"
status 2 S import --all "$T/two.txt"         # the outputs exist now
status 0 S import --all "$T/two.txt" --force
status 0 S import --all "$T/two.txt" -o "$T/named.seloste"
[ -s "$T/named-1.seloste" ] && [ -s "$T/named-2.seloste" ] || fail "--all -o NAME: NAME-1, NAME-2 not written"
status 0 S import --all "$F/meta_title.txt" -o "$T/single.seloste" # one notice: the name as given
[ -s "$T/single.seloste" ] || fail "--all with one notice did not write the name given"

# --- language: English is imported as English only; Finnish rendering refused; Swedish as Swedish ---
E="$T/en.seloste"
status 0 S import "$F/meta_english.txt" -o "$E"
ok grep -q '^languages = \[ "en" \];' "$E"
top "$E" created "2018-05-22"   # "Created: May 22, 2018"
top "$E" modified "2024-06-03"  # "Last updated 3 June 2024"
member "$E" retention en | grep -q "six years after it ends" || fail "English retention text not kept as English"
status 2 S render "$E" --lang fi --format text
contains "$T/err" "the notice is not published in Finnish"
status 0 S render "$E" --lang en --format text
# a terse English notice of labelled lines has few common words: its headings and terms count too
status 0 S import "$F/meta_english_terse.txt" -o "$T/terse.seloste"
ok grep -q '^languages = \[ "en" \];' "$T/terse.seloste"
# a Swedish notice is imported as Swedish only (data/languages.cfg: import = true; tests/import_swedish.sh)
status 0 S import "$F/meta_swedish.txt" -o "$T/sv.seloste"
ok grep -q '^languages = \[ "sv" \];' "$T/sv.seloste"
member "$T/sv.seloste" purposes sv | grep -qF "Vi behandlar dina personuppgifter" || fail "Swedish purposes not kept as Swedish"
[ -z "$(member "$T/sv.seloste" purposes fi)" ] || fail "a Swedish text was kept as Finnish"
field "$T/sv.seloste" controller business_id "2345678-0"

finish
