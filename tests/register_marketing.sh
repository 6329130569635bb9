#!/bin/sh
# The marketing and newsletter register type (markkinointirekisteri, issue 13): `new --register marketing`
# with the demo settings is a clean notice; its renderings match the reviewed golden files and the HTML is
# tidy-clean; an imported marketing notice in other words is recognised as one, a customer notice that also
# names marketing is not; the type's own check rules find what they look for.
# After an intended change: UPDATE_GOLDEN=1 make check, then review the diff of tests/golden/marketing.*.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$T/home/seloste"
cp "$top_srcdir/data/demo.ini" "$T/home/seloste/seloste.ini"
export XDG_CONFIG_HOME="$T/home"
SOURCE_DATE_EPOCH=1767225600 # 2026-01-01: the golden files' dates
export SOURCE_DATE_EPOCH

# ---- new: purposes and their bases, the sections marketing brings in ----
doc="$T/marketing.seloste"
status 0 "$SELOSTE" new "$doc" --register marketing --ui-lang en
contains "$doc" 'register = "marketing";'
row_basis() { # ID BASIS: the purposes row ID rests on BASIS
  awk -v id="$1" -v b="$2" '$0 ~ "id = \"" id "\";" { want = 1; next } want && /basis =/ { if ($0 ~ "\"" b "\"") ok = 1; want = 0 } END { exit !ok }' "$doc" ||
    fail "purpose $1 should rest on $2"
}
row_basis newsletter consent
row_basis marketing legitimate_interest
row_basis business_marketing legitimate_interest
row_basis profiling legitimate_interest
row_basis opt_outs legal_obligation
lacks "$doc" 'id = "tracking";' # following opens needs consent: offered, not ticked
for c in register_name.marketing purposes.marketing consent_withdrawal.marketing requirement.marketing \
         data_categories.marketing sources.marketing recipients.marketing retention.marketing \
         security_manual.none children.marketing automated_decisions.marketing direct_marketing.marketing; do
  contains "$doc" "clause = \"$c\";"
done

# ---- check: a new marketing notice has no findings ----
status 0 "$SELOSTE" check "$doc" --ui-lang en
[ ! -s "$T/out" ] || fail "check of a new marketing notice found: $(cat "$T/out")"

# ---- render: golden files, reviewed by reading ----
for lang in fi en; do
  for fmt in text md html; do
    golden="$top_srcdir/tests/golden/marketing.$lang.$fmt"
    status 0 "$SELOSTE" render "$doc" --lang "$lang" --format "$fmt" -o "$T/got"
    [ ! -s "$T/err" ] || fail "render $lang/$fmt warned: $(cat "$T/err")"
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$T/got" "$golden"; continue; fi
    diff -u "$golden" "$T/got" >"$T/diff" || fail "$lang/$fmt differs from $golden:
$(head -40 "$T/diff")"
  done
done
g="$top_srcdir/tests/golden"
contains "$g/marketing.fi.text" "Tietosuojaseloste – Markkinointi- ja uutiskirjerekisteri"
contains "$g/marketing.en.text" "Privacy notice – Marketing and newsletter register"
# consent, and the existing-customer exception of 917/2014 200 § with its opt-out
contains "$g/marketing.fi.text" "Oikeusperuste: Suostumus, 6 art. 1 kohdan a alakohta"
contains "$g/marketing.fi.md" "laki sähköisen viestinnän palveluista 917/2014,"
contains "$g/marketing.fi.md" "jokaisessa viestissä"
contains "$g/marketing.en.md" "Electronic Communications Services 917/2014, section 200"
contains "$g/marketing.en.md" "section 201"
# the direct marketing section applies and says how to stop marketing (Art. 21(2)-(3))
contains "$g/marketing.fi.text" "Suoramarkkinointikielto"
contains "$g/marketing.fi.md" "peruutuslinkistä"
contains "$g/marketing.en.md" "unsubscribe link"
contains "$g/marketing.en.md" "(Article 21(2) and (3) of the GDPR)"
# profiling: what it is, and no decision with legal effects
contains "$g/marketing.fi.md" "Profiloinnilla tarkoitetaan"
contains "$g/marketing.en.md" "Profiling means automated"
contains "$g/marketing.en.md" "It has no legal"
# consent can be withdrawn (13(2)(c)); data stays in the EU/EEA unless a provider says otherwise
contains "$g/marketing.fi.md" "voit peruuttaa"
contains "$g/marketing.fi.html" '<html lang="fi">'
contains "$g/marketing.en.html" '<html lang="en">'

# ---- the HTML is valid HTML5 ----
if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
  for lang in fi en; do
    "$TIDY" -q -e -utf8 "$g/marketing.$lang.html" >"$T/tidy" 2>&1 || fail "tidy ($lang): $(cat "$T/tidy")"
    [ ! -s "$T/tidy" ] || fail "tidy warnings ($lang): $(cat "$T/tidy")"
  done
else
  echo "tidy not installed: HTML validity not checked"
fi

# ---- import: a marketing notice in its own words is recognised as one ----
status 0 "$SELOSTE" --ui-lang en import "$top_srcdir/tests/data/import/register_marketing.md" -o "$T/imported.seloste"
contains "$T/imported.seloste" 'register = "marketing";'
# ... while a customer register that also markets ("asiakas- ja markkinointirekisteri") stays a customer one
cat >"$T/customer.txt" <<'EOF'
ASIAKAS- JA MARKKINOINTIREKISTERIN TIETOSUOJASELOSTE

Rekisterinpitäjä

Kenkäkauppa Esimerkki Oy, Kauppakatu 1, 99997 Esimerkkilä, myynti@kenkakauppa.example

Henkilötietojen käsittelyn tarkoitus

Asiakkaiden tilausten toimittaminen, laskutus ja asiakassuhteen hoitaminen sekä markkinointi asiakkaille.

Tietojen säilytysaika

Asiakkaiden tiedot säilytetään kolme vuotta asiakassuhteen päättymisestä.
EOF
status 0 "$SELOSTE" --ui-lang en import "$T/customer.txt" -o "$T/customer.seloste"
contains "$T/customer.seloste" 'register = "customer";'

# ---- the type's check rules ----
# a marketing notice that neither says how to stop the marketing nor rests on consent or the
# existing-customer exception
cat >"$T/noout.seloste" <<'EOF'
format_version = 2;
register = "marketing";
languages = [ "fi" ];
sections : {
  purposes : {
    fi = "Lähetämme markkinointia sähköpostitse.";
    rows = ( {
      id = "newsletter"; basis = "legitimate_interest";
      fi = "Tarjousten lähettäminen sähköpostitse";
      interest_fi = "Myynnin edistäminen lähettämällä tarjouksia.";
      retention_fi = "Kaksi vuotta viimeisestä viestistä.";
    } );
  };
  direct_marketing : {
    fi = "Lähetämme tarjouksia kerran kuukaudessa.";
  };
};
EOF
status 1 "$SELOSTE" check "$T/noout.seloste" --ui-lang en --format json
contains "$T/out" '"section": "direct_marketing", "severity": "warning", "message": "the notice does not say how to unsubscribe'
contains "$T/out" '"rule": "register.unsubscribe"'
contains "$T/out" '"section": "purposes", "severity": "warning", "message": "the purposes say neither'
contains "$T/out" '"rule": "register.marketing_basis"'
status 1 "$SELOSTE" check "$T/noout.seloste" --ui-lang en
contains "$T/out" "[Act on Electronic Communications Services (917/2014), section 200; GDPR Art. 21(2)-(4)]"
status 1 "$SELOSTE" check "$T/noout.seloste" --ui-lang fi
contains "$T/out" "direct_marketing: varoitus: selosteessa ei kerrota, miten tilauksen voi perua"
contains "$T/out" "[laki sähköisen viestinnän palveluista (917/2014) 200 §]"
# saying how to unsubscribe, and that the messages go to those who consented, answers both
sed -e 's/Lähetämme tarjouksia kerran kuukaudessa./Voit perua tilauksen jokaisen viestin linkistä./' \
    -e 's/Tarjousten lähettäminen sähköpostitse/Tarjousten lähettäminen sähköpostitse suostumuksen antaneille/' \
    "$T/noout.seloste" >"$T/out.seloste"
"$SELOSTE" check "$T/out.seloste" --ui-lang en --format json >"$T/out" 2>&1
contains "$T/out" '"rule": "required"' # the check ran: the hand-made notice lacks most sections
lacks "$T/out" "register.unsubscribe"
lacks "$T/out" "register.marketing_basis"
finish
