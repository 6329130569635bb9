#!/bin/sh
# A line of body text is never taken for a heading and lost (issue 12, user trial): two sentences on
# one line that name section words ("Kiinteistön suojaaminen ... Peruste: oikeutettu etu."), and a
# sentence ending in its verb once a soft hyphen at the line end has joined its word ("säilytetään").
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

D="$T/sentence.seloste"
status 0 S import "$F/sentence_not_heading.txt" -o "$D"
cp "$T/out" "$T/sentence.report"
row_is "$D" purposes 1 fi "Kiinteistön suojaaminen ja ilkivallan ehkäisy. Peruste: oikeutettu etu."
row_is "$D" purposes 1 basis "legitimate_interest"
lacks "$T/sentence.report" '"Kiinteistön suojaaminen'
contains "$T/sentence.report" "Legitimate interests (6(1)(f))" # "Peruste: ..." states the basis
no_lost "$F/sentence_not_heading.txt" "$D" "$T/sentence.report"

H="$T/hyphen.seloste"
status 0 S import "$F/soft_hyphen_sentence.txt" -o "$H"
cp "$T/out" "$T/hyphen.report"
field "$H" retention fi "Asiakastiedot säilytetään kuusi vuotta kirjanpitolain vuoksi."
lacks "$T/hyphen.report" '"Asiakastiedot'
finish
