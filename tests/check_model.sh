#!/bin/sh
# seloste check follows the format-2 model (issue 11): purposes as rows with their legal bases, what the
# bases in use call for, service providers against the transfer mechanisms, cookie tools named, languages
# in step by the derivation records. Each finding both ways: it fires on the bad document and is silent
# on the fixed one. The fixtures are small format-2 documents written here, in Finnish only.
. "$top_srcdir/tests/lib.sh"

# The rows of the purposes and providers sections and the parts that vary; mkdoc FILE writes a document.
ROWS='{ id = "orders"; basis = "contract"; fi = "Tilausten toimittaminen ja laskutus."; }'
PROVIDERS=''
TRANSFERS='not_applicable = true;'
COOKIES=''
EXTRA=''
# The texts of the sections that apply only where some purpose rests on a basis: empty by default, since
# the base document has no such purpose (a text kept there is never published, and the check says so).
LEGIT_OK='fi = "Oikeutettuja etujamme ovat suoramarkkinointi nykyisille asiakkaille ja yritysasiakkaiden yhteyshenkilöiden tietojen ylläpito.";'
CONSENT_OK='fi = "Voit peruuttaa suostumuksesi milloin tahansa sähköpostitse.";'
LEGIT=''
CONSENT=''
OBJECTION='fi = "Voit vastustaa oikeutettuun etuun perustuvaa käsittelyä ja suoramarkkinointia milloin tahansa.";'
PORTABILITY='fi = "Voit saada antamasi tiedot koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.";'
MARKETING=''
RETENTION='fi = "Säilytämme asiakastiedot kolme vuotta asiakkuuden päättymisestä.";'
RETENTION_FROM=''
mkdoc() {
  cat >"$1" <<EOF
format_version = 2;
created = "2026-11-30";
modified = "2026-11-30";
languages = [ "fi" ];
sections : {
  controller : { name = "Esimerkki Oy"; business_id = "2345678-0"; street = "Satamakatu 3 B";
    postal_code = "00160"; city = "Helsinki"; email = "asiakaspalvelu@esimerkki.example"; phone = "09 123 4567"; };
  contact_person : { name = "Aino Virtanen"; email = "tietosuoja@esimerkki.example"; phone = "040 123 4567"; };
  dpo : { not_applicable = true; };
  eu_representative : { not_applicable = true; };
  register_name : { fi = "Asiakasrekisteri"; };
  purposes : { fi = "Käsittelemme tietoja alla luetelluissa tarkoituksissa."; rows = ( $ROWS ); };
  legitimate_interest : { $LEGIT };
  consent_withdrawal : { $CONSENT };
  requirement : { fi = "Tietojen antaminen on edellytys sopimuksen tekemiselle."; };
  data_categories : { fi = "Yhteystiedot ja tilaustiedot."; };
  data_content : { items = [ "name", "email" ]; fi = "Rekisterissä on seuraavat tiedot:"; };
  sources : { fi = "Saamme tiedot sinulta itseltäsi."; };
  recipients : { fi = "Emme luovuta tietoja muille."; };
  providers : { rows = ( $PROVIDERS ); };
  transfers : { $TRANSFERS };
  retention : { $RETENTION $RETENTION_FROM };
  cookies : { $COOKIES };
  automated_decisions : { fi = "Emme tee automaattisia päätöksiä."; };
  rights_requests : { fi = "Lähetä pyyntösi sähköpostitse osoitteeseen tietosuoja@esimerkki.example."; };
  right_access : { fi = "Sinulla on oikeus saada pääsy tietoihisi."; };
  right_rectification : { fi = "Sinulla on oikeus saada virheelliset tiedot korjatuiksi."; };
  right_erasure : { fi = "Sinulla on oikeus pyytää tietojesi poistamista."; };
  right_restriction : { fi = "Sinulla on oikeus pyytää käsittelyn rajoittamista."; };
  right_objection : { $OBJECTION };
  right_portability : { $PORTABILITY };
  direct_marketing : { $MARKETING };
  complaint : { fi = "Voit tehdä valituksen tietosuojavaltuutetulle."; };
  $EXTRA
};
EOF
}
# clean FILE: the check finds nothing in the document.
clean() {
  status 0 "$SELOSTE" check "$1" --ui-lang en --format json
  [ "$(tr -d ' \n' <"$T/out")" = "[]" ] || fail "$1 should be clean: $(cat "$T/out")"
}
# finds FILE SECTION RULE SEVERITY [TEXT]: the check reports RULE in SECTION at SEVERITY (its message with TEXT).
finds() {
  status 1 "$SELOSTE" check "$1" --ui-lang en --format json
  grep -F "\"section\": \"$2\", \"severity\": \"$4\"" "$T/out" | grep -F "\"rule\": \"$3\"" | grep -qF -- "${5:-}" ||
    fail "$1: no $4 $3 in $2 ${5:+with $5}: $(cat "$T/out")"
}

# the base document: one contract purpose, no transfers, no cookies
mkdoc "$T/base.seloste"
clean "$T/base.seloste"

# 1. purposes: none listed is an error; a row without text names the row; a text stating a basis no
#    purpose rests on is a warning
ROWS='' mkdoc "$T/norows.seloste"
finds "$T/norows.seloste" purposes required error "no purpose is listed"
ROWS='{ id = "orders"; basis = "contract"; }' mkdoc "$T/notext.seloste"
finds "$T/notext.seloste" purposes purpose_text_missing error 'purpose \"Orders, delivery and invoicing\" has no text'
EXTRA='other : { fi = "Käsittelyn oikeusperusteena on oikeutettu etumme."; };' mkdoc "$T/mismatch.seloste"
finds "$T/mismatch.seloste" other legal_basis_mismatch warning '\"oikeutettu etumme\"'
EXTRA='other : { fi = "Käsittelyn oikeusperusteena on sopimus."; };' mkdoc "$T/match.seloste"
clean "$T/match.seloste"

# 2. consent: withdrawal must be said
R_CONSENT='{ id = "orders"; basis = "contract"; fi = "Tilaukset."; }, { id = "newsletter"; basis = "consent"; fi = "Uutiskirjeen lähettäminen."; }'
M_OK='fi = "Voit kieltää suoramarkkinoinnin jokaisen viestin lopussa olevasta linkistä.";'
ROWS=$R_CONSENT MARKETING=$M_OK CONSENT='fi = "Suostumus kysytään lomakkeella.";' mkdoc "$T/consent.seloste"
finds "$T/consent.seloste" consent_withdrawal basis_needs error 'purpose \"Newsletter\" rests on consent'
ROWS=$R_CONSENT MARKETING=$M_OK CONSENT='not_applicable = true;' mkdoc "$T/consent_na.seloste"
finds "$T/consent_na.seloste" consent_withdrawal basis_needs error "marked not applicable"
ROWS=$R_CONSENT MARKETING=$M_OK CONSENT=$CONSENT_OK mkdoc "$T/consent_ok.seloste"
clean "$T/consent_ok.seloste"

#    legitimate interests: the interest named in the row or in the person's own section text
R_LI='{ id = "orders"; basis = "contract"; fi = "Tilaukset."; }, { id = "own-1"; basis = "legitimate_interest"; fi = "Asiakastyytyväisyyskyselyt."; }'
ROWS=$R_LI LEGIT='fi = "Käsittelemme tietoja oikeutetun etumme perusteella.";' mkdoc "$T/li.seloste"
finds "$T/li.seloste" purposes interest_missing error 'purpose \"Asiakastyytyväisyyskyselyt.\" rests on legitimate interests'
R_LI_OK='{ id = "orders"; basis = "contract"; fi = "Tilaukset."; }, { id = "own-1"; basis = "legitimate_interest"; fi = "Asiakastyytyväisyyskyselyt."; interest_fi = "Palvelumme kehittäminen."; }'
ROWS=$R_LI_OK LEGIT='fi = "Käsittelemme tietoja oikeutetun etumme perusteella.";' mkdoc "$T/li_ok.seloste"
clean "$T/li_ok.seloste"
ROWS=$R_LI LEGIT=$LEGIT_OK mkdoc "$T/li_section.seloste" # the section's own text names the interests
clean "$T/li_section.seloste"

#    objection: a legitimate-interest purpose and the right to object marked not applicable
ROWS=$R_LI_OK OBJECTION='not_applicable = true;' mkdoc "$T/objection.seloste"
finds "$T/objection.seloste" right_objection basis_needs error "to which people may object"

#    portability: withheld from a contract purpose, or promised with no consent or contract purpose
PORTABILITY='not_applicable = true;' mkdoc "$T/port_na.seloste"
finds "$T/port_na.seloste" right_portability basis_needs error 'purpose \"Orders, delivery and invoicing\" rests on Contract'
R_LO='{ id = "bookkeeping"; basis = "legal_obligation"; fi = "Kirjanpito."; }'
ROWS=$R_LO EXTRA='other : { fi = "Sinulla on myös oikeus siirtää tiedot järjestelmästä toiseen (siirto-oikeus)."; };' \
  mkdoc "$T/port_promised.seloste"
finds "$T/port_promised.seloste" other portability_not_applicable warning "data portability"
ROWS=$R_LO PORTABILITY='' mkdoc "$T/port_ok.seloste"
clean "$T/port_ok.seloste"

#    direct marketing: a marketing purpose and no word on how to forbid it
ROWS=$R_CONSENT mkdoc "$T/dm.seloste"
finds "$T/dm.seloste" direct_marketing direct_marketing_missing warning 'purpose \"Newsletter\" is marketing'

# 3. transfers: a provider outside the EU/EEA under "no transfers" (not applicable, or nothing ticked)
P_US_SCC='{ name = "Pilvi Inc"; role = "it"; country = "US"; mechanism = "scc"; }'
T_SCC='items = [ "scc" ]; fi = "Siirrot perustuvat komission vakiosopimuslausekkeisiin, joista saat jäljennöksen pyynnöstä.";'
PROVIDERS=$P_US_SCC mkdoc "$T/none_na.seloste"
finds "$T/none_na.seloste" transfers provider_outside_eea error "Pilvi Inc (US)"
PROVIDERS=$P_US_SCC TRANSFERS='items = [ ]; fi = "Emme siirrä tietoja EU:n ulkopuolelle.";' mkdoc "$T/none_empty.seloste"
finds "$T/none_empty.seloste" transfers provider_outside_eea error "Pilvi Inc (US)"
PROVIDERS=$P_US_SCC TRANSFERS=$T_SCC mkdoc "$T/scc_ok.seloste"
clean "$T/scc_ok.seloste"
PROVIDERS='{ name = "Palvelin Oy"; role = "it"; country = "FI"; }' mkdoc "$T/eu_only.seloste"
clean "$T/eu_only.seloste"
#    the text rules of "no transfers" stay: a non-EU tool named anywhere, as an example or not
EXTRA='other : { fi = "Käytämme analytiikkaa (esimerkiksi Google Analytics) vain suostumuksellasi.";};' mkdoc "$T/tooltext.seloste"
finds "$T/tooltext.seloste" other non_eu_service error "Google Analytics"
#    a provider outside the EU/EEA with no mechanism, or one that does not fit its country
PROVIDERS='{ name = "Pilvi Inc"; role = "it"; country = "US"; }' TRANSFERS=$T_SCC mkdoc "$T/nomech.seloste"
finds "$T/nomech.seloste" providers provider_no_mechanism error "Pilvi Inc (US)"
PROVIDERS='{ name = "Pilvi Inc"; role = "it"; country = "US"; mechanism = "adequacy"; }' \
  TRANSFERS='items = [ "adequacy" ]; fi = "Siirrot perustuvat komission riittävyyspäätökseen.";' mkdoc "$T/adq_us.seloste"
finds "$T/adq_us.seloste" providers mechanism_misfit error "adequacy decision"
PROVIDERS='{ name = "Intia Ltd"; role = "it"; country = "IN"; mechanism = "adequacy"; }' \
  TRANSFERS='items = [ "adequacy" ]; fi = "Siirrot perustuvat komission riittävyyspäätökseen.";' mkdoc "$T/adq_in.seloste"
finds "$T/adq_in.seloste" providers mechanism_misfit error "Intia Ltd (IN)"
PROVIDERS='{ name = "Kiwi Ltd"; role = "it"; country = "NZ"; mechanism = "adequacy"; }' \
  TRANSFERS='items = [ "adequacy" ]; fi = "Siirrot perustuvat komission riittävyyspäätökseen.";' mkdoc "$T/adq_nz.seloste"
clean "$T/adq_nz.seloste"
PROVIDERS='{ name = "Kiwi Ltd"; role = "it"; country = "NZ"; mechanism = "dpf"; }' \
  TRANSFERS='items = [ "dpf" ]; fi = "Vastaanottaja on sitoutunut EU:n ja Yhdysvaltojen tietosuojakehykseen.";' mkdoc "$T/dpf_nz.seloste"
finds "$T/dpf_nz.seloste" providers mechanism_misfit error "Data Privacy Framework"
#    a mechanism ticked that no provider uses; a provider whose mechanism is not ticked
TRANSFERS=$T_SCC mkdoc "$T/unused.seloste"
finds "$T/unused.seloste" transfers mechanism_unused warning "Standard contractual clauses"
PROVIDERS="$P_US_SCC, { name = \"Kehys Inc\"; role = \"email\"; country = \"US\"; mechanism = \"dpf\"; }" TRANSFERS=$T_SCC \
  mkdoc "$T/unticked.seloste"
finds "$T/unticked.seloste" transfers mechanism_not_ticked error 'Kehys Inc (US) relies on \"dpf\"'

# 4. cookie tools ticked are named in the providers list (ad pixels: the platform, a joint controller)
C_AN='items = [ "analytics" ]; fi = "Käytämme analytiikkaevästeitä vain suostumuksellasi.";'
COOKIES=$C_AN mkdoc "$T/an.seloste"
finds "$T/an.seloste" cookies tool_not_named error "web analytics is ticked"
R_AN='{ id = "orders"; basis = "contract"; fi = "Tilaukset."; }, { id = "analytics"; basis = "consent"; fi = "Kävijätilastot."; }'
COOKIES=$C_AN PROVIDERS='{ name = "Matomo"; role = "analytics"; country = "FI"; }' ROWS=$R_AN CONSENT=$CONSENT_OK \
  mkdoc "$T/an_ok.seloste"
clean "$T/an_ok.seloste"
COOKIES='items = [ "ad_pixels" ]; fi = "Käytämme mainosevästeitä vain suostumuksellasi.";' mkdoc "$T/px.seloste"
finds "$T/px.seloste" cookies tool_not_named error "joint controller"
status 1 "$SELOSTE" check "$T/px.seloste" --ui-lang en
contains "$T/out" "[GDPR 26(2)]"

# 5. languages in step by the records: the English edited (a lead edit) after the Finnish was derived
#    (--lang fi: the other sections of the fixture have no English)
R2='{ id = "orders"; basis = "contract"; fi = "Tilaukset."; en = "Orders."; }'
E_FROM='en_from : { source = "edit"; seq = 1; date = "2026-11-30"; lead = true; };
    fi_from : { source = "stock"; clause = "retention.customer"; version = "00000000"; };'
mkdoc2() { mkdoc "$1"; sed -i 's/^languages = .*/languages = [ "fi", "en" ];/' "$1"; }
ROWS=$R2 RETENTION='fi = "Säilytämme tiedot kaksi vuotta."; en = "We keep the data for two years.";' \
  RETENTION_FROM=$E_FROM mkdoc2 "$T/stale.seloste"
status 1 "$SELOSTE" check "$T/stale.seloste" --ui-lang en --lang fi --format json
grep -F '"section": "retention"' "$T/out" | grep -F '"rule": "languages_out_of_step"' | grep -qF '"lang": "fi"' ||
  fail "the lagging Finnish retention text is not reported: $(cat "$T/out")"
status 1 "$SELOSTE" check "$T/stale.seloste" --ui-lang fi --lang fi
contains "$T/out" "retention: varoitus: tekstiä kielellä englanti on muutettu sen jälkeen, kun teksti kielellä suomi kirjoitettiin"
E_BOTH='fi_from : { source = "edit"; seq = 1; date = "2026-11-30"; lead = true; };
    en_from : { source = "edit"; seq = 2; date = "2026-11-30"; lead = false; };'
ROWS=$R2 RETENTION='fi = "Säilytämme tiedot kaksi vuotta."; en = "We keep the data for two years.";' \
  RETENTION_FROM=$E_BOTH mkdoc2 "$T/instep.seloste"
status 0 "$SELOSTE" check "$T/instep.seloste" --ui-lang en --lang fi
[ ! -s "$T/out" ] || fail "both languages edited in turn, yet: $(cat "$T/out")"
# 6. consistency (a user trial): cookies that need consent while no purpose rests on consent
K='items = [ "analytics" ]; fi = "Käytämme verkkoanalytiikkaan palvelua {providers:analytics}.";'
P='{ name = "Analytiikka Oy"; role = "analytics"; country = "FI"; }'
COOKIES=$K PROVIDERS=$P mkdoc "$T/cookies_noconsent.seloste"
finds "$T/cookies_noconsent.seloste" cookies cookies_without_consent warning "no purpose rests on consent"
R_ANALYTICS='{ id = "orders"; basis = "contract"; fi = "Tilaukset."; }, { id = "analytics"; basis = "consent"; fi = "Verkkosivuston kävijätilastot."; }'
COOKIES=$K PROVIDERS=$P ROWS=$R_ANALYTICS CONSENT=$CONSENT_OK mkdoc "$T/cookies_consent.seloste"
clean "$T/cookies_consent.seloste"
finish
