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
  # only the known placeholders; {providers:ROLE} and {transfers:MECH} name a provider role or a mechanism
  grep -o '{[a-z_:]*}' "$f" | sort -u | while read -r p; do
    case "$p" in {controller}|{register}|{contact_name}|{contact_email}|{contact_phone}|{website}) ;;
      {providers:it}|{providers:accounting}|{providers:email}|{providers:payment}|{providers:delivery}) ;;
      {providers:crm}|{providers:analytics}|{providers:ad_pixels}|{providers:marketing_automation}) ;;
      {providers:collection}|{providers:credit}|{providers:other}) ;;
      {transfers:adequacy}|{transfers:dpf}|{transfers:scc}) ;;
      *) echo "FAIL: unknown placeholder $p in $f" >&2; exit 1;; esac
  done || fail "unknown placeholder"
  # no claimed balancing test, no tool named only as an example, no removed variant left behind
  for bad in "Olemme arvioineet" "We have assessed" "Google Analytics" "Matomo" "HubSpot" "Meta Pixel" "LinkedIn" \
             'id = "transfers.none"' 'id = "purposes.customer"' 'id = "purposes.customer_marketing"' \
             'id = "purposes.part-basis-' 'id = "legitimate_interest.customer_relationship"'; do
    ! grep -qF -- "$bad" "$f" || fail "$f contains '$bad'"
  done
  # at most one default clause per section (the loader would silently keep the last)
  awk '/^    id = "/ { split($3, a, "."); sec = a[1] } /^    default = true;/ { print sec }' "$f" | sort | uniq -d >"$T/dup"
  [ ! -s "$T/dup" ] || fail "$f: more than one default clause in: $(tr '\n' ' ' <"$T/dup")"
done
contains "$top_srcdir/data/clauses/fi.cfg" "917/2014"
contains "$top_srcdir/data/authority.cfg" 'visiting_address = "Lintulahdenkuja 4, 00530 Helsinki";'
contains "$top_srcdir/data/authority.cfg" 'postal_address_fi = "PL 800, 00531 Helsinki";'
# the same ids, in the same order, in both languages
# (every id, also the purpose rows' "purposes.part-orders-retention"), each once
grep -o 'id = "[^"]*"' "$top_srcdir/data/clauses/fi.cfg" >"$T/fi.ids"
grep -o 'id = "[^"]*"' "$top_srcdir/data/clauses/en.cfg" >"$T/en.ids"
cmp -s "$T/fi.ids" "$T/en.ids" || fail "fi and en clause ids differ: $(diff "$T/fi.ids" "$T/en.ids" | head)"
[ -z "$(sort "$T/fi.ids" | uniq -d)" ] || fail "clause ids repeated: $(sort "$T/fi.ids" | uniq -d | head -3)"
[ "$(wc -l <"$T/fi.ids")" -gt 60 ] || fail "too few clause ids read: $(wc -l <"$T/fi.ids")"
# ---- issue 11 point 6: what each stock clause says (old wrong wording gone, right fact there) ----
# clause_text LANG ID: the text of one clause, its C string pieces joined, into $T/LANG.ID
clause_text() {
  awk -v id="id = \"$2\";" 'index($0, id) { on = 1 } on && /^  },/ { exit } on' \
    "$top_srcdir/data/clauses/$1.cfg" "$top_srcdir"/data/clauses/*."$1".cfg | tr '\n' ' ' |
    sed 's/"[[:space:]]*"//g' >"$T/$1.$2"
  [ -s "$T/$1.$2" ] || fail "no clause $2 in $1.cfg or a register type's *.$1.cfg"
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
# legitimate interests: the interest itself, per purpose row, not the repealed act's "asiallinen yhteys" or a
# customer relationship; 917/2014 200 § for e-mail marketing; no claimed balancing test; the right to object stays
both fi legitimate_interest.default "Olemme arvioineet" "etu on kerrottu kunkin tällaisen tarkoituksen kohdalla"
both fi legitimate_interest.default "" "oikeus vastustaa oikeutettuun etuun perustuvaa käsittelyä"
both en legitimate_interest.default "We have assessed" "interest we pursue is named for each such purpose"
both en legitimate_interest.default "" "right to object to processing based on legitimate interests"
both fi legitimate_interest.default "" "default = true;"
both fi purposes.part-business_contacts "" "yhteyshenkilöiden tietojen ylläpitäminen"
both en purposes.part-business_contacts "" "contact persons"
both fi purposes.part-marketing-interest "" "Suoramarkkinointi nykyisille asiakkaillemme"
both fi purposes.part-marketing-interest "" "samankaltaisia kuin ostamasi"
both fi purposes.part-marketing-interest "" "jonka saimme sinulta oston yhteydessä"
both fi purposes.part-marketing-interest "" "jo yhteystietojen antamisen yhteydessä ja jokaisen viestin kautta"
both fi purposes.part-marketing-interest "" "917/2014, 200 §"
both en purposes.part-marketing-interest "" "Direct marketing to our existing customers"
both en purposes.part-marketing-interest "" "similar to those you have bought"
both en purposes.part-marketing-interest "" "contact details we obtained from you when you bought from us"
both en purposes.part-marketing-interest "" "when you give us your contact details and through every message"
both en purposes.part-marketing-interest "" "917/2014, section 200"
both fi purposes.part-credit_check-interest "" "luottotietolain (527/2007)"
both en purposes.part-credit_check-interest "" "Credit Information Act (527/2007)"
both fi purposes.part-call_recording-interest "" "Kerromme tallentamisesta puhelun alussa"
both en purposes.part-call_recording-interest "" "We tell you at the start of the call"
# every stock purpose of every register type has a row text and a retention in both languages, and each
# one resting on legitimate interests names its interest (the ids and bases read from data/registers/*.cfg)
cat "$top_srcdir"/data/registers/*.cfg | tr '\n' ' ' | sed 's/"[[:space:]]*"//g' | tr -s ' ' |
  grep -o 'clause = "purposes\.part-[a-z_]*"; detail = "[a-z_]*"' |
  sed 's/^clause = "purposes\.part-\([a-z_]*\)"; detail = "\([a-z_]*\)"$/\1 \2/' >"$T/purposes"
[ "$(wc -l <"$T/purposes")" -ge 9 ] || fail "stock purposes not read from data/registers: $(cat "$T/purposes")"
while read -r id basis; do
  for l in fi en; do
    for part in "" -retention; do
      clause_text $l "purposes.part-$id$part"
      grep -q 'text = "[^"]' "$T/$l.purposes.part-$id$part" || fail "$l: purposes.part-$id$part has no text"
    done
    for bad in "vähintään" "at least" "niin kauan kuin se on tarpeen" "as long as necessary" "toistaiseksi" "indefinitely"; do
      lacks "$T/$l.purposes.part-$id-retention" "$bad"
    done
    if [ "$basis" = legitimate_interest ]; then
      clause_text $l "purposes.part-$id-interest"
      grep -q 'text = "[^"]' "$T/$l.purposes.part-$id-interest" || fail "$l: purposes.part-$id-interest has no text"
      for bad in "asiakassuhteen hoitaminen" "asiallinen yhteys" "customer relationship" "relevant connection"; do
        lacks "$T/$l.purposes.part-$id-interest" "$bad"
      done
    elif grep -qF "id = \"purposes.part-$id-interest\"" "$top_srcdir/data/clauses/$l.cfg"; then
      fail "$l: purposes.part-$id-interest exists but $id rests on $basis"
    fi
  done
done <"$T/purposes"
# concrete retention: bookkeeping periods as the Accounting Act sets them, one-off buyers from the purchase,
# the newsletter until consent is withdrawn, analytics a stated period
both fi purposes.part-bookkeeping-retention "" "kirjanpitokirjat ja tilinpäätös kymmenen vuotta tilikauden päättymisestä"
both fi purposes.part-bookkeeping-retention "" "tositteet kuusi vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi"
both fi purposes.part-bookkeeping-retention "" "Poistamme tiedot, kun aika on kulunut"
both en purposes.part-bookkeeping-retention "" "financial statements ten years from the end of the financial period"
both en purposes.part-bookkeeping-retention "" "vouchers six years from the end of the year in which the financial period ended"
both en purposes.part-bookkeeping-retention "" "We delete the data when the period has passed"
both fi purposes.part-orders-retention "" "viiden vuoden kuluttua tuosta tilauksesta"
both en purposes.part-orders-retention "" "deleted five years after that order"
both fi purposes.part-newsletter-retention "" "Kunnes peruutat suostumuksesi"
both fi purposes.part-newsletter-retention "" "postituslistalta"
both en purposes.part-newsletter-retention "" "Until you withdraw your consent"
both en purposes.part-newsletter-retention "" "remove your e-mail address from the mailing list"
both fi purposes.part-analytics-retention "" "14 kuukauden kuluttua"
both en purposes.part-analytics-retention "" "14 months after"
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
# transfers: one text per mechanism, each naming its providers and countries; the DPF covers self-certified
# organisations; an adequacy decision is no safeguard; SCC say how to get a copy; "no transfers" is the na_text
both fi transfers.intro "" "default = true;"
both fi transfers.intro "" "Euroopan talousalueen (EU/ETA) ulkopuolella"
both en transfers.intro "" "outside the European Union and the European Economic Area"
both fi transfers.dpf "ovat liittyneet" "itsesertifioituneet"
both fi transfers.dpf "" "{transfers:dpf}"
both fi transfers.dpf "" "(EU) 2023/1795"
both en transfers.dpf "have joined" "self-certified under the EU–U.S. Data Privacy Framework"
both en transfers.dpf "" "{transfers:dpf}"
both en transfers.dpf "" "(EU) 2023/1795"
both fi transfers.adequacy "suojatoim" "{transfers:adequacy}"
both en transfers.adequacy "safeguard" "{transfers:adequacy}"
both fi transfers.scc "" "{transfers:scc}"
both fi transfers.scc "" "pyytämällä sitä yhteyshenkilöltämme osoitteesta {contact_email}"
both en transfers.scc "" "{transfers:scc}"
both en transfers.scc "" "by asking our contact person at {contact_email}"
# providers: processors act under an Art. 28 contract; the list follows
both fi providers.intro "" "tietosuoja-asetuksen 28 artiklan mukaisen sopimuksen"
both en providers.intro "" "under Article 28 of the GDPR"
both fi recipients.processors "" "lueteltu palveluntarjoajia koskevassa kohdassa"
both en recipients.processors "" "listed in the section on service providers"
# cookies: the tool named from the providers list, never "for example X or Y"; ad pixels' joint controllership
for l in fi en; do
  for t in analytics marketing_automation ad_pixels; do
    clause_text $l cookies.$t
    contains "$T/$l.cookies.$t" "{providers:$t}"
    for bad in esimerkiksi "esim." "for example" "e.g."; do lacks "$T/$l.cookies.$t" "$bad"; done
  done
done
both fi cookies.ad_pixels "" "yhteisrekisterinpitäjiä alustan ylläpitäjän kanssa"
both fi cookies.ad_pixels "" "C-40/17"
both fi cookies.ad_pixels "" "alustan omassa tietosuojaselosteessa"
both en cookies.ad_pixels "" "joint controllers"
both en cookies.ad_pixels "" "C-40/17"
both en cookies.ad_pixels "" "platform's own privacy notice"
# point 7: the new sections' stock texts
both fi data_subjects.intro "" "default = true;"
both en data_subjects.intro "" "following groups"
both fi children.not_directed "" "default = true;"
both fi children.not_directed "" "Emme tietoisesti kerää"
both en children.not_directed "" "We do not knowingly collect"
both fi children.consent13 "" "13 vuotta täyttänyt lapsi voi antaa suostumuksen itse"
both fi children.consent13 "" "tietosuojalaki 1050/2018, 5 §"
both en children.consent13 "" "a child who has turned 13 can give consent alone"
both en children.consent13 "" "1050/2018, section 5"
both fi direct_marketing.default "" "default = true;"
both fi direct_marketing.default "" "{contact_email}"
both fi direct_marketing.default "" "markkinointiviestimme lopussa olevasta linkistä"
both fi direct_marketing.default "" "Kielto on maksuton"
both fi direct_marketing.default "" "viipymättä"
both en direct_marketing.default "" "{contact_email}"
both en direct_marketing.default "" "free of charge"
both en direct_marketing.default "" "without delay"
both fi social_media.pages "default = true;" "default = false;"
both fi social_media.pages "" "C-210/16"
both en social_media.pages "default = true;" "joint controllers"
both en social_media.pages "" "service's own privacy notice"
both fi notice_changes.default "" "ennen kuin käsittely alkaa (tietosuoja-asetuksen 13 artiklan 3 kohta)"
both fi notice_changes.default "" "päivämäärä näkyy selosteen alussa"
both en notice_changes.default "" "before the processing starts (Article 13(3) of the GDPR)"
both en notice_changes.default "" "shown at the beginning of the notice"
# requirement: a business customer's VAT invoice needs name and address
both fi requirement.contract "Tietojen antaminen ei ole lakisääteinen vaatimus, mutta" "laskussa on oltava ostajan nimi ja osoite"
both en requirement.contract "is not a statutory requirement, but" "an invoice must show the buyer's name and address"
# help texts (data/registers/*.cfg and their Finnish in the clause files' texts and po/fi.po): an adequacy
# decision is no safeguard; retention example as fixed_years (strings are wrapped: join the pieces first,
# so that no phrase escapes by a line break)
S="$T/schema.c" P="$T/fi.po"
cat "$top_srcdir"/data/registers/*.cfg | tr '\n' ' ' | sed 's/"[[:space:]]*"//g' >"$S"
cat "$top_srcdir/po/fi.po" "$top_srcdir/data/clauses/fi.cfg" | tr '\n' ' ' | sed 's/"[[:space:]]*"//g' >"$P"
lacks "$S" "say on what safeguard: an adequacy decision"
contains "$S" "self-certified under the"
lacks "$P" "mihin suojakeinoon siirto perustuu: Euroopan komission riittävyyspäätökseen"
contains "$P" "itsesertifioituneet yritykset"
lacks "$S" "relationship and six years after it"
contains "$S" "customer relationship and three years after it"
lacks "$P" "asiakassuhteen ajan ja kuusi vuotta sen päättymisen jälkeen"
contains "$P" "asiakassuhteen ajan ja kolme vuotta sen päättymisen jälkeen"
lacks "$S" "for example an existing customer relationship, and that you"
# the bases have no clause of their own any more (the table shows each row's basis)
lacks "$S" "purposes.part-basis-"
# help texts of point 6: DPO whatever the size; erasure's conditions and exceptions; consent and public task
# in the purposes; publicly accessible sources
lacks "$S" "Most small companies have not appointed one"
contains "$S" "whatever the size of the organisation"
contains "$S" "Art. 37(1)(b) and (c)"
contains "$P" "organisaation koosta riippumatta"
contains "$S" "(GDPR Art. 17(1))"
contains "$S" "defend legal claims (Art. 17(3))"
contains "$P" "(tietosuoja-asetuksen 17 artiklan 1 kohta)"
contains "$S" "it cannot cover what a contract or a law requires"
contains "$S" "rarely fits a private company"
contains "$P" "suostumus ei voi kattaa sitä, mitä sopimus tai laki edellyttää"
contains "$S" "Say whether you use publicly accessible sources"
contains "$P" "julkisesti saatavilla olevia lähteitä"
lacks "$P" "(esimerkiksi olemassa oleva asiakassuhde)"
# English phone in international form; the Finnish lead keeps the regulation's number apart from the articles
contains "$top_srcdir/data/authority.cfg" 'phone_en = "+358 29 566 6700";'
lacks "$P" "tietosuoja-asetuksen (EU) 2016/679 13 ja 14"
contains "$P" "tietosuoja-asetuksen 13 ja 14 artiklan mukaisesti (asetus (EU) 2016/679)"
finish
