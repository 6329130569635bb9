#!/bin/sh
# seloste import into the format-2 model (issue 11): purposes become rows resting on the legal basis
# the old notice names, its legal-basis text is kept, several bases are reported, transfers tick
# mechanisms or are marked "no transfers" only when nothing else is said, sections that no longer
# apply keep their text elsewhere, and each imported section records where its text came from.
# Fixtures: tests/data/import/{bases,transfers}_*.txt, written for these tests.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# 1. One basis named: each bullet is a row on it; the basis sentence opens the intro, before the
#    lead-in to the list; the legal-basis heading is a heading, not text of a purpose.
O="$T/one.seloste"
status 0 S import "$F/bases_one.txt" -o "$O"
cp "$T/out" "$T/one.report"
rows "$O" purposes 3
for n in 1 2 3; do row_is "$O" purposes $n basis "contract"; done
row_is "$O" purposes 1 fi "huoltotilausten vastaanottaminen ja toteuttaminen"
row_is "$O" purposes 3 fi "huoltohistorian pitäminen takuuasioita varten"
field "$O" purposes fi "Tietojen käsittely perustuu asiakkaan kanssa tehtyyn huoltosopimukseen.

Emme pyydä suostumusta; asiakas voi silti kysyä tietojensa käytöstä huollon tiskillä.

Käytämme tietoja näihin tarkoituksiin:"
lacks "$O" "Käsittelyn oikeusperuste" # the heading is structure, not text
contains "$T/one.report" "each purpose was given the legal basis Contract (6(1)(b)), the one the old notice names"
contains "$T/one.report" "its text on the legal basis is kept at the start of the section"
lacks "$T/one.report" "several legal bases"
grep -q "^No text was lost" "$T/one.report" || fail "one: $(tail -1 "$T/one.report")"

# 1. Several bases named: the rows get the first named, and the report says to check each purpose.
V="$T/several.seloste"
status 0 S import "$F/bases_several.txt" -o "$V"
cp "$T/out" "$T/several.report"
rows "$V" purposes 1
row_is "$V" purposes 1 basis "contract"
member "$V" purposes en | grep -qF "The processing is based on the membership contract and, for the training news" ||
  fail "several: the legal-basis text is not in the purposes' intro"
contains "$T/several.report" "several legal bases: Contract (6(1)(b)), Legitimate interests (6(1)(f)). Each purpose was given the first, Contract (6(1)(b)); check the legal basis of each purpose"

# 2. Transfers: "not transferred" and nothing else -> not applicable, text kept.
na "$O" transfers true
field "$O" transfers fi "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."
items "$O" transfers ''
contains "$T/one.report" "no transfers: the old notice says only that data is not transferred outside the EU/EEA"
# ... with an exception: kept, nothing ticked, the basis must be chosen
na "$V" transfers false
items "$V" transfers ''
contains "$T/several.report" 'but with an exception ("except"); its text was kept and no transfer basis was chosen.'
contains "$T/several.report" "Choose what each transfer relies on"
# ... with a provider outside the EU/EEA elsewhere in the notice
E="$T/elsewhere.seloste"
status 0 S import "$F/transfers_none_elsewhere.txt" -o "$E"
na "$E" transfers false
items "$E" transfers ''
field "$E" transfers fi "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."
contains "$T/out" 'but it names "Google" (in "Cookies")'
contains "$T/out" "Choose what each transfer relies on"
# ... standard contractual clauses (inflected) and the Data Privacy Framework, both ticked
M="$T/mech.seloste"
status 0 S import "$F/transfers_mechanisms.txt" -o "$M"
items "$M" transfers '"scc", "dpf"'
na "$M" transfers false
lacks "$T/out" "Choose what each transfer relies on"
# ... the invalid Privacy Shield is reported as out of date, nothing ticked
P="$T/shield.seloste"
status 0 S import "$F/transfers_shield.txt" -o "$P"
items "$P" transfers ''
na "$P" transfers false
contains "$T/out" "relies on the EU-US Privacy Shield, which has been invalid since 16.7.2020 (EU Court of Justice, case C-311/18)"
contains "$T/out" "Choose what each transfer relies on"
# ... an adequacy decision
printf 'Tietosuojaseloste\n\nTietojen siirto EU:n tai ETA:n ulkopuolelle\n\nTiedot tallennetaan Sveitsiin, jonka tietosuojan tasosta komissio on tehnyt riittävyyspäätöksen.\n' >"$T/adq.txt"
status 0 S import "$T/adq.txt" -o "$T/adq.seloste"
items "$T/adq.seloste" transfers '"adequacy"'

# 3. Sections that no longer apply keep their text in one that does, and the report says where:
#    a right's text goes to the rights section, the others to the purposes.
text_empty "$O" consent_withdrawal
contains "$T/one.report" "Withdrawing consent applies to none of the legal bases of the purposes; its text was moved to Purposes of processing and their legal bases"
field "$O" right_portability fi "Asiakas voi pyytää huoltohistoriansa koneluettavassa muodossa." # contract: it applies
sed 's/huoltosopimukseen/oikeutettuun etuun/' "$F/bases_one.txt" >"$T/li.txt"
status 0 S import "$T/li.txt" -o "$T/li.seloste"
row_is "$T/li.seloste" purposes 1 basis "legitimate_interest"
text_empty "$T/li.seloste" right_portability
text_has "$T/li.seloste" rights_requests "Asiakas voi pyytää huoltohistoriansa koneluettavassa muodossa."
contains "$T/out" "Right to data portability applies to none of the legal bases of the purposes; its text was moved to Exercising your rights"
member "$V" purposes en | grep -qF "Keeping members informed about training times is part of running the club." ||
  fail "several: the legitimate-interest text was lost"
member "$V" purposes en | grep -qF "You can tell the secretary at any time that you no longer want the training news." ||
  fail "several: the consent-withdrawal text was lost"
for r in "$T/one.report" "$T/several.report"; do
  grep -q "^No text was lost" "$r" || fail "$(basename "$r"): $(tail -1 "$r")"
done

# 4. Each imported section records source "import" for both languages; one not imported, none.
for s in controller purposes transfers right_portability; do
  from "$O" $s fi import
  from "$O" $s en import
done
from "$V" purposes en import
from "$V" purposes fi import
from "$O" dpo fi ""
finish
