#!/bin/sh
# seloste import reads Swedish notices (issue 14): the language told by data/languages.cfg's words, the
# text kept as Swedish, Swedish headings, dates (month names too), contact labels and register types.
# Fixtures: tests/data/import/sv_member.txt (a förening's member register, plain text) and
# sv_customer.html (an Ab's customer register, HTML).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# sv_has DOC SECTION STRING: the section's Swedish text holds STRING.
sv_has() {
  member "$1" "$2" sv | grep -qF -- "$3" || fail "$(basename "$1"): $2 (sv) lacks: $3"
}
# only_sv DOC: no Finnish or English text anywhere, the language list is Swedish alone.
only_sv() {
  ok grep -q '^languages = \[ "sv" \];' "$1"
  grep -Eq '^    (fi|en) = ' "$1" && fail "$(basename "$1"): a text was kept as Finnish or English"
  return 0
}
# heads REPORT HEADING SECTION: the report sent the heading to the section.
heads() {
  grep -qF "\"$2\" -> $3" "$1" || fail "heading \"$2\" not sent to $3"
}

# --- a member register of a förening, plain text ---
D="$T/member.seloste"
status 0 S import "$F/sv_member.txt" -o "$D"
cp "$T/out" "$T/member.report"
only_sv "$D"
top "$D" register "member"                 # "medlemsregister"
top "$D" created "2019-03-15"              # "Upprättad 15.3.2019"
top "$D" modified "2024-05-03"             # "Senast uppdaterad 3 maj 2024"
top "$D" title "Dataskyddsbeskrivning – medlemsregister"
field "$D" controller name "Exempelbygdens hembygdsförening rf"
field "$D" controller business_id "1234567-1"  # "FO-nummer:"
field "$D" controller street "Skolvägen 4"
field "$D" controller postal_code "10600"
field "$D" controller city "Ekenäs"
field "$D" controller email "styrelsen@hembygd.example"
field "$D" controller phone "040 123 4567"
field "$D" contact_person name "Greta Lindqvist"
field "$D" contact_person email "greta.lindqvist@hembygd.example"
sv_has "$D" register_name "Hembygdsföreningens medlemsregister"
rows "$D" purposes 1                                   # a purpose as a row, with the basis named
row "$D" purposes 1 sv | grep -qF "skicka kallelser till föreningens möten" || fail "member: purpose row"
row_is "$D" purposes 1 basis "contract"                # "avtalet om medlemskap"
sv_has "$D" purposes "avtalet om medlemskap"           # "Rättslig grund för behandlingen" kept
sv_has "$D" data_content "betalda medlemsavgifter"
items "$D" data_content '"name", "email", "phone", "address"'
sv_has "$D" sources "ansöker om medlemskap"
sv_has "$D" recipients "lämnas inte ut till utomstående"
sv_has "$D" transfers "överförs inte till länder utanför EU"
ok grep -A4 '^  transfers :' "$D" | grep -q 'not_applicable = true'
sv_has "$D" security_manual "låst skåp"
sv_has "$D" security_electronic "skyddas med lösenord"
sv_has "$D" retention "raderas inom ett år"
sv_has "$D" right_access "rätt att kontrollera"
sv_has "$D" right_rectification "Felaktiga uppgifter rättas"
sv_has "$D" right_erasure "begära att hens uppgifter raderas"
sv_has "$D" complaint "klagomål till dataombudsmannen"
sv_has "$D" notice_changes "väsentliga ändringar"
heads "$T/member.report" "2. Kontaktperson i ärenden som gäller registret" "Contact person"
heads "$T/member.report" "5. Rättslig grund för behandlingen" "Purposes"
heads "$T/member.report" "Rätt till insyn / rätt att få tillgång" "Right of access"
lacks "$T/member.report" "Unplaced, kept"
no_lost "$F/sv_member.txt" "$D" "$T/member.report"
status 1 S check "$D"                      # an old notice lacks sections: errors, but it is read
contains "$T/out" "dpo: error"
lacks "$T/err" "error"
status 0 S render "$D" --lang sv --format text
contains "$T/out" "Hembygdsföreningens medlemsregister"

# --- a customer register of an Ab, HTML ---
D="$T/customer.seloste"
status 0 S import "$F/sv_customer.html" -o "$D"
cp "$T/out" "$T/customer.report"
only_sv "$D"
top "$D" register "customer"               # "kundregistret"
top "$D" created "2020-04-02"              # "Datum för upprättande: 2.4.2020"
top "$D" modified "2026-12-01"             # "Uppdaterad 1.12.2026"
field "$D" controller name "Exempel Ab"    # "Företag:"
field "$D" controller business_id "2345678-0"
field "$D" controller city "Vasa"
field "$D" controller phone "06 123 4567"
field "$D" contact_person name "Johan Berg"
field "$D" dpo email "dataskydd@exempel.example"
sv_has "$D" register_name "Exempel Ab:s kundregister"
row "$D" purposes 1 sv | grep -qF "leverera beställningar" || fail "customer: purpose row"
row_is "$D" purposes 1 basis "contract"
items "$D" data_content '"name", "email", "phone", "address", "customer_number", "billing", "orders"'
sv_has "$D" sources "samlas in av kunden själv"
sv_has "$D" recipients "transportbolaget"
sv_has "$D" retention "sex år efter den sista beställningen"
sv_has "$D" security_electronic "brandvägg"
sv_has "$D" security_manual "låst arkivskåp"
sv_has "$D" cookies "kakor som behövs för varukorgen"
sv_has "$D" automated_decisions "inte för automatiserat beslutsfattande"
sv_has "$D" right_objection "motsätta sig direktmarknadsföring"
sv_has "$D" complaint "dataombudsmannens byrå"
heads "$T/customer.report" "12. Cookies/kakor" "Cookies"
heads "$T/customer.report" "13. Automatiserat beslutsfattande och profilering" "Automated decision-making"
contains "$T/customer.report" "the old notice names the legal bases Contract"
status 1 S check "$D"
lacks "$T/err" "error"

# --- Swedish headings one by one (the heading matcher) ---
H="$T/headings.txt"
cat >"$H" <<'TXT'
Dataskyddsbeskrivning

Personuppgiftsansvarig

Exempel Ab

Dataskyddsombud

Ombudet nås per e-post.

Ändamålet med behandlingen av personuppgifter

Kundservice.

Rättslig grund för behandlingen

Avtal.

Registrets datainnehåll

Namn.

Regelbundna uppgiftskällor

Kunden själv.

Lagringstid

Tre år.

Den registrerades rättigheter

Kunden har rättigheter.

Rätt till rättelse

Fel rättas.

Rätt att göra invändningar

Kunden kan invända.

Rätt att återkalla samtycke

Kunden kan återkalla.

Cookies/kakor

Inga kakor.

Automatiserat beslutsfattande och profilering

Inget sådant.

Ändringar i dataskyddsbeskrivningen

Beskrivningen ändras ibland.
TXT
status 0 S import "$H" -o "$T/headings.seloste"
for pair in "Personuppgiftsansvarig=Controller" "Dataskyddsombud=Data protection officer" \
  "Ändamålet med behandlingen av personuppgifter=Purposes" "Rättslig grund för behandlingen=Purposes" \
  "Registrets datainnehåll=Data content" "Regelbundna uppgiftskällor=Regular sources" "Lagringstid=Retention" \
  "Den registrerades rättigheter=Exercising your rights" "Rätt till rättelse=Right to rectification" \
  "Rätt att göra invändningar=Right to object" "Rätt att återkalla samtycke=Withdrawing consent" \
  "Cookies/kakor=Cookies" "Automatiserat beslutsfattande och profilering=Automated decision-making" \
  "Ändringar i dataskyddsbeskrivningen=Changes to this notice"; do
  heads "$T/out" "${pair%%=*}" "${pair#*=}"
done
ok grep -q '^languages = \[ "sv" \];' "$T/headings.seloste"

# --- each register type by its Swedish name ---
for pair in "kameraövervakning=camera" "rekryteringsregister=recruitment" "personalregister=staff" \
  "marknadsföringsregister=marketing" "kundregister=customer" "medlemsregister=member"; do
  printf 'Dataskyddsbeskrivning – %s\n\nPersonuppgiftsansvarig\n\nExempel Ab\n\nLagringstid\n\nUppgifterna sparas i ett år.\n' \
    "${pair%%=*}" >"$T/type.txt"
  status 0 S import "$T/type.txt" -o "$T/type.seloste" --force
  top "$T/type.seloste" register "${pair#*=}"
done

# --- a language whose import is false is refused, named ---
mkdir -p "$T/conf/seloste"
printf 'languages = ( { code = "sv"; import = false; } );\n' >"$T/conf/seloste/languages.cfg"
export XDG_CONFIG_HOME="$T/conf"
status 2 S import "$F/sv_member.txt" -o "$T/refused.seloste"
contains "$T/err" "the notice seems to be written in Swedish, which seloste cannot import yet"
[ -e "$T/refused.seloste" ] && fail "a notice in a language without import was written"

finish
