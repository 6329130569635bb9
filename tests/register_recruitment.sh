#!/bin/sh
# The job applicants' register type (recruitment, issue 13): a new notice from the demo settings checks
# clean and renders as the reviewed golden files, its HTML is tidy-clean, an old recruitment notice of
# our own wording is imported as this type, and each check rule of the type finds what it is for.
# After an intended change: UPDATE_GOLDEN=1 make check, then review the diff of tests/golden/.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"

TYPE=recruitment

. "$top_srcdir/tests/register_lib.sh"

# new: the type's own notice, which the check finds nothing wrong with
status 0 S new "$T/a.seloste" --register $TYPE
contains "$T/a.seloste" 'register = "recruitment";'
top "$T/a.seloste" register recruitment
field "$T/a.seloste" register_name fi "Rekrytointirekisteri"
field "$T/a.seloste" register_name en "Recruitment register"
lacks "$T/a.seloste" "  cookies :"          # sections the type leaves out are not written
lacks "$T/a.seloste" "  direct_marketing :"
row_is "$T/a.seloste" purposes 1 id applications
row_is "$T/a.seloste" purposes 1 basis contract
row_is "$T/a.seloste" purposes 4 basis legitimate_interest
status 0 S check "$T/a.seloste"
[ ! -s "$T/out" ] || fail "check of a new recruitment notice: $(cat "$T/out")"
status 0 S check "$T/a.seloste" --format json
[ "$(tr -d ' \n' <"$T/out")" = "[]" ] || fail "json check of a new recruitment notice: $(cat "$T/out")"

# render fi/en x text/md/html: the golden files; the HTML tidy-clean
register_golden "$T/a.seloste"
g="$top_srcdir/tests/golden"
contains "$g/recruitment.fi.text" "Rekrytointirekisteri"
contains "$g/recruitment.fi.text" "15. Soveltuvuusarvioinnit, testit ja taustaselvitykset"
contains "$g/recruitment.fi.text" "kaksi vuotta valintapäätöksestä"
contains "$g/recruitment.fi.md" "yhdenvertaisuuslain (1325/2014)"
contains "$g/recruitment.fi.text" "(laki yksityisyyden suojasta työelämässä 759/2004, 13 §)"
contains "$g/recruitment.fi.text" "Oikeusperuste: Oikeutettu etu, 6 art. 1 kohdan f alakohta"
contains "$g/recruitment.en.text" "15. Assessments, tests and background checks"
contains "$g/recruitment.en.md" "two years from the recruitment decision"
# assessments and the pool of candidates are consent purposes not ticked in a new notice: the sections
# speak of them only conditionally, and the 12 months of the pool come with its own purpose clause
for f in "$g"/recruitment.fi.* "$g"/recruitment.en.*; do
  lacks "$f" "12 kuukautta"
  lacks "$f" "12 months"
  lacks "$f" "Henkilö- ja soveltuvuusarviointeja teetämme"
  lacks "$f" "We use personality and aptitude assessments"
  lacks "$f" "henkilö- ja soveltuvuusarviointi tai hakemuksesi"
  lacks "$f" "a personality and aptitude assessment or keeping"
done
contains "$g/recruitment.fi.md" "Jos käytämme henkilö- tai soveltuvuusarviointia, teetämme sen vain suostumuksellasi"
contains "$g/recruitment.en.md" "If we use a personality or aptitude assessment, we do so only with your consent"
for f in "$g"/recruitment.fi.* "$g"/recruitment.en.*; do
  no_customers "$f"
  lacks "$f" "toistaiseksi"
  lacks "$f" "indefinitely"
done

# an old recruitment notice of our own wording is imported as a recruitment notice
I="$T/imported.seloste"
status 0 S import "$top_srcdir/tests/data/import/register_recruitment.txt" -o "$I"
contains "$T/out" "Register type: Recruitment register (recruitment)"
top "$I" register recruitment
field "$I" controller name "Puusepänliike Tammiranta Oy"
items "$I" data_content '"name", "email", "phone", "correspondence"'
# it keeps open applications "toistaiseksi": the type's rule says so, with its source, in Finnish too
status 1 S check "$I" --format json
contains "$T/out" '"register.indefinite_retention"'
status 1 "$SELOSTE" --ui-lang fi check "$I"
contains "$T/out" "Hakijoiden tietoja ei saa säilyttää toistaiseksi"
contains "$T/out" "yhdenvertaisuuslaki 1325/2014 ja tasa-arvolaki 609/1986 (kanneajat)"

# each rule of the type, on a new notice whose text says what the rule is for
rule_finds() { # DOC RULE: check finds the rule in the JSON findings
  S check "$1" --format json >"$T/rule.json" 2>&1
  grep -qF "\"register.$2\"" "$T/rule.json" || fail "check does not report register.$2: $(head -c 600 "$T/rule.json")"
}
rule_silent() { # DOC RULE: check does not report the rule
  S check "$1" --format json >"$T/rule.json" 2>&1
  ! grep -qF "\"register.$2\"" "$T/rule.json" || fail "check reports register.$2 wrongly: $(head -c 600 "$T/rule.json")"
}

# indefinite_retention: the retention section keeps applications "toistaiseksi" / "indefinitely"
D="$T/r1.seloste"
cp "$T/a.seloste" "$D"
set_text "$D" retention fi "Säilytämme hakemukset toistaiseksi valintapäätöksen jälkeenkin."
set_text "$D" retention en "We keep applications indefinitely after the recruitment decision."
rule_finds "$D" indefinite_retention
rule_silent "$D" retention_after_process
# ... but deleting "pysyvästi" (permanently) is no indefinite retention
set_text "$D" retention fi "Säilytämme hakemukset kaksi vuotta valintapäätöksestä ja poistamme ne sitten pysyvästi."
set_text "$D" retention en "We keep applications for two years from the recruitment decision and then delete them permanently."
rule_silent "$D" indefinite_retention

# indefinite_row_retention: a purpose's retention keeps the data for good
D="$T/r2.seloste"
cp "$T/a.seloste" "$D"
set_text "$D" purposes retention_fi "Hakemukset säilytetään pysyvästi."
set_text "$D" purposes retention_en "Applications are stored permanently."
rule_finds "$D" indefinite_row_retention
rule_silent "$D" indefinite_retention

# retention_after_process: the retention section says nothing of the time after the recruitment
D="$T/r3.seloste"
cp "$T/a.seloste" "$D"
set_text "$D" retention fi "Säilytämme tiedot rekrytoinnin ajan."
set_text "$D" retention en "We keep the data during the recruitment."
rule_finds "$D" retention_after_process
rule_silent "$D" indefinite_retention

# sources_without_consent (759/2004, 4 §): data from elsewhere than the applicant without consent
D="$T/s1.seloste"
cp "$T/a.seloste" "$D"
set_text "$D" sources fi "Tiedot saadaan hakijalta. Lisäksi haemme hakijoista tietoa Googlesta ja Facebookista."
set_text "$D" sources en "We get the data from the applicant. We also search social media for applicants."
rule_finds "$D" sources_without_consent
contains "$T/rule.json" '"rule": "register.sources_without_consent", "lang": "fi"'
contains "$T/rule.json" '"rule": "register.sources_without_consent", "lang": "en"'
status 1 "$SELOSTE" --ui-lang fi check "$D"
contains "$T/out" "[Laki yksityisyyden suojasta työelämässä 759/2004, 4 §]"
set_text "$D" sources fi "Kysymme entisiltä työnantajilta ilman erillistä lupaa."
set_text "$D" sources en "We ask former employers without the applicant's consent."
rule_finds "$D" sources_without_consent
contains "$T/rule.json" '"rule": "register.sources_without_consent", "lang": "en"'
# ... but a denial, a consent asked for, and the checks other laws allow are no finding
set_text "$D" sources fi "Emme hae hakijoista tietoja Googlesta emmekä sosiaalisesta mediasta. Entisiltä työnantajilta kysymme vain suostumuksellasi. Rikosrekisteriotteen ja luottotiedot tarkistamme ilman erillistä lupaa lain nojalla."
set_text "$D" sources en "We do not search social media or Google for applicants. We ask former employers only with your consent. We check credit data without your consent where the law allows it."
rule_silent "$D" sources_without_consent
# an imported old notice: the rule reads all its text, wherever the sentence stands
sed 's/^Tiedot saadaan hakijalta itseltään hakulomakkeella, sähköpostilla tai haastattelussa\.$/& Haemme hakijoista tietoa myös Googlesta ja Facebookista, ja kysymme entisiltä työnantajilta ilman erillistä lupaa./' \
  "$top_srcdir/tests/data/import/register_recruitment.txt" >"$T/search.txt"
contains "$T/search.txt" "Googlesta ja Facebookista"
status 0 S import "$T/search.txt" -o "$T/search.seloste"
top "$T/search.seloste" register recruitment
rule_finds "$T/search.seloste" sources_without_consent
rule_silent "$I" sources_without_consent
finish
