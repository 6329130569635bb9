#!/bin/sh
# The stock clauses state current law: no repealed acts, no old authority address, no template debris.
. "$top_srcdir/tests/lib.sh"

for f in "$top_srcdir"/data/clauses/fi.cfg "$top_srcdir"/data/clauses/en.cfg; do
  for bad in Ratapihantie 00521 "523/1999" "henkilötietolak" "Personal Data Act" "sähköisen viestinnän tietosuojalak" \
             "s-postiosoite" "(linkki)" "yorganisaation" "riorganisaation" "luottihakemu" "TODO" "XXX"; do
    ! grep -qi -- "$bad" "$f" || fail "$f contains '$bad'"
  done
  # the authority's address lives only in authority.cfg
  ! grep -q "Lintulahdenkuja" "$f" || fail "$f repeats the authority's address"
  # only the known placeholders
  grep -o '{[a-z_]*}' "$f" | sort -u | while read -r p; do
    case "$p" in {controller}|{register}|{contact_name}|{contact_email}|{contact_phone}|{website}) ;;
      *) echo "FAIL: unknown placeholder $p in $f" >&2; exit 1;; esac
  done || fail "unknown placeholder"
done
contains "$top_srcdir/data/clauses/fi.cfg" "917/2014"
contains "$top_srcdir/data/authority.cfg" 'visiting_address = "Lintulahdenkuja 4, 00530 Helsinki";'
contains "$top_srcdir/data/authority.cfg" 'postal_address_fi = "PL 800, 00531 Helsinki";'
# the same ids, in the same order, in both languages
grep -o 'id = "[a-z_.]*"' "$top_srcdir/data/clauses/fi.cfg" >"$T/fi.ids"
grep -o 'id = "[a-z_.]*"' "$top_srcdir/data/clauses/en.cfg" >"$T/en.ids"
cmp -s "$T/fi.ids" "$T/en.ids" || fail "fi and en clause ids differ: $(diff "$T/fi.ids" "$T/en.ids" | head)"
# ---- issue 11 point 6: what each stock clause says (old wrong wording gone, right fact there) ----
# clause_text LANG ID: the text of one clause, its C string pieces joined, into $T/LANG.ID
clause_text() {
  awk -v id="id = \"$2\";" 'index($0, id) { on = 1 } on && /^  },/ { exit } on' \
    "$top_srcdir/data/clauses/$1.cfg" | tr '\n' ' ' | sed 's/"[[:space:]]*"//g' >"$T/$1.$2"
  [ -s "$T/$1.$2" ] || fail "no clause $2 in $1.cfg"
}
# both LANG ID BAD GOOD: the clause lacks BAD (unless empty) and says GOOD
both() {
  clause_text "$1" "$2"
  [ -z "$3" ] || lacks "$T/$1.$2" "$3"
  contains "$T/$1.$2" "$4"
}
# rights: Art. 79 remedies, not "appeal"; Art. 19 notification with rectification, erasure, restriction;
# portability only for consent/contract and automated processing; objection for 6(1)(e)/(f), marketing always
both fi rights_requests.default "hakea muutosta" "käyttää muita hallinnollisia tai oikeudellisia oikeussuojakeinoja"
both en rights_requests.default "seek a judicial remedy" "use other administrative or judicial remedies"
for r in rectification erasure restriction; do
  both fi right_$r.default "" "(tietosuoja-asetuksen 19 artikla)"
  both en right_$r.default "" "(Article 19 of the GDPR)"
done
both fi right_portability.default "" "perustuu suostumukseesi tai sopimukseen ja joita käsitellään automaattisesti"
both fi right_portability.default "" "Oikeus ei koske tietoja, joita käsittelemme lakisääteisen velvoitteen tai oikeutetun etumme"
both en right_portability.default "" "based on your consent or on a contract and is carried out by automated means"
both en right_portability.default "" "It does not cover data that we process to comply with a legal obligation or for our legitimate"
both fi right_objection.default "" "6 artiklan 1 kohdan f tai e alakohta"
both fi right_objection.default "" "aina oikeus vastustaa tietojesi käsittelyä suoramarkkinointia varten"
both en right_objection.default "" "Article 6(1)(f) or (e)"
both en right_objection.default "" "always have the right to object to the processing of your data for direct marketing"
# legitimate interests: the interest itself, not the repealed act's "asiallinen yhteys"; 917/2014 200 §; no claimed balancing test
for id in legal_basis.legitimate_interest legitimate_interest.customer_relationship; do
  both fi $id "asiallise" "yhteyshenkilöiden tietojen ylläpitäminen"
  both fi $id "Olemme arvioineet" "suoramarkkinointi nykyisille asiakkaillemme"
  both en $id "relevant connection" "contact persons"
  both en $id "We have assessed" "direct marketing to our existing customers"
done
both fi legitimate_interest.customer_relationship "" "samankaltaisia kuin ostamasi"
both fi legitimate_interest.customer_relationship "" "jonka saimme sinulta oston yhteydessä"
both fi legitimate_interest.customer_relationship "" "jo yhteystietojen antamisen yhteydessä ja jokaisen viestin kautta"
both fi legitimate_interest.customer_relationship "" "917/2014, 200 §"
both en legitimate_interest.customer_relationship "" "similar to those you have bought"
both en legitimate_interest.customer_relationship "" "contact details we obtained from you when you bought from us"
both en legitimate_interest.customer_relationship "" "when you give us your contact details and through every message"
both en legitimate_interest.customer_relationship "" "917/2014, section 200"
# retention: no "as long as necessary", bookkeeping periods as deletion times (not minimums), consent data ends
for id in retention.customer_plus_accounting retention.fixed_years; do
  both fi $id "vähintään kuusi" "tositteet kuusi vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi"
  both fi $id "vähintään kymmenen" "kirjanpitokirjat ja tilinpäätöksen kymmenen vuotta tilikauden päättymisestä"
  both fi $id "" "poistamme ne sen päätyttyä"
  both en $id "at least six" "vouchers six years from the end of the year in which the financial period ended"
  both en $id "at least ten" "financial statements ten years from the end of the financial period"
  both en $id "" "delete it when that period ends"
done
both fi retention.customer_plus_accounting "vain niin kauan kuin se on tarpeen" "asiakkuus päättyy, kun viimeisestä tilauksestasi on kulunut kaksi vuotta"
both en retention.customer_plus_accounting "only for as long as necessary" "the customer relationship ends two years after your last order"
both fi retention.marketing_consent "niin kauan kuin nämä tarkoitukset edellyttävät" "Kun peruutat suostumuksesi, suostumukseen perustuva käsittely päättyy"
both en retention.marketing_consent "for as long as those purposes require" "When you withdraw your consent, the processing based on it ends"
for l in fi en; do ! grep -qi "niin kauan kuin se on tarpeen\|as long as necessary" "$top_srcdir/data/clauses/$l.cfg" ||
  fail "$l.cfg still says 'as long as necessary'"; done
# recipients: collection agencies, carriers and payment providers as controllers of their own
both fi recipients.processors "kirjanpito-, laskutus- ja perintäpalvelujen tarjoajat" "omina rekisterinpitäjinään"
both fi recipients.processors "" "- perintätoimistot"
both fi recipients.processors "" "- kuljetus- ja pakettipalveluyritykset"
both fi recipients.processors "" "- maksunvälittäjät"
both en recipients.processors "accounting, invoicing and debt collection services" "as controllers in their own right"
both en recipients.processors "" "- debt collection agencies"
both en recipients.processors "" "- carriers and parcel services"
both en recipients.processors "" "- payment service providers"
# transfers: the DPF covers self-certified organisations
both fi transfers.adequacy "ovat liittyneet" "itsesertifioinnilla"
both en transfers.adequacy "have joined" "self-certified"
# requirement: a business customer's VAT invoice needs name and address
both fi requirement.contract "Tietojen antaminen ei ole lakisääteinen vaatimus, mutta" "laskussa on oltava ostajan nimi ja osoite"
both en requirement.contract "is not a statutory requirement, but" "an invoice must show the buyer's name and address"
# help texts (src/schema.c and their Finnish): an adequacy decision is no safeguard; retention example as fixed_years
# (C and PO strings are wrapped: join the pieces first, so that no phrase escapes by a line break)
S="$T/schema.c" P="$T/fi.po"
tr '\n' ' ' <"$top_srcdir/src/schema.c" | sed 's/"[[:space:]]*"//g' >"$S"
tr '\n' ' ' <"$top_srcdir/po/fi.po" | sed 's/"[[:space:]]*"//g' >"$P"
lacks "$S" "say on what safeguard: an adequacy decision"
contains "$S" "self-certified under the"
lacks "$P" "mihin suojakeinoon siirto perustuu: Euroopan komission riittävyyspäätökseen"
contains "$P" "itsesertifioituneet yritykset"
lacks "$S" "relationship and six years after it"
contains "$S" "customer relationship and three years after it"
lacks "$P" "asiakassuhteen ajan ja kuusi vuotta sen päättymisen jälkeen"
contains "$P" "asiakassuhteen ajan ja kolme vuotta sen päättymisen jälkeen"
lacks "$S" "for example an existing customer relationship, and that you"
lacks "$P" "(esimerkiksi olemassa oleva asiakassuhde)"
# English phone in international form; the Finnish lead keeps the regulation's number apart from the articles
contains "$top_srcdir/data/authority.cfg" 'phone_en = "+358 29 566 6700";'
lacks "$P" "tietosuoja-asetuksen (EU) 2016/679 13 ja 14"
contains "$P" "tietosuoja-asetuksen 13 ja 14 artiklan mukaisesti (asetus (EU) 2016/679)"
finish
