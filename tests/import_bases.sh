#!/bin/sh
# seloste import keeps every legal basis a notice names (issue 12, kind 5): a purposes list whose
# items name their basis (in parentheses or after a dash) gives each row its own basis, and the
# report names every basis the notice names. Fixture: tests/data/import/bases_paired.txt.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

D="$T/paired.seloste"
status 0 S import "$F/bases_paired.txt" -o "$D"
rows "$D" purposes 4
row_is "$D" purposes 1 basis contract
row_is "$D" purposes 2 basis legal_obligation
row_is "$D" purposes 3 basis consent
row_is "$D" purposes 4 basis legitimate_interest
row_is "$D" purposes 4 fi "markkinointi nykyisille asiakkaille – oikeutettu etu"
text_has "$D" purposes "Käsittelyn oikeusperusteet ovat sopimus, lakisääteinen velvoite, suostumus ja oikeutettu etu."
contains "$T/out" "the old notice names the legal bases Contract (6(1)(b)), Legal obligation (6(1)(c)), Consent (6(1)(a)), Legitimate interests (6(1)(f))"
no_lost "$F/bases_paired.txt" "$D" "$T/out"
finish
