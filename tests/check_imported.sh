#!/bin/sh
# seloste check on imported notices (issue 12, kinds 5 and 10): a right or basis stated anywhere is
# credited; "the imported text does not state X" only when no text states it; the old law's wording,
# the Privacy Shield, malformed business IDs, associations' names, cookies, special categories and
# erasure refused without a law are found, also in text typed in decomposed Unicode.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/check_imported"

# checked NAME: imports F/NAME.txt and checks it; findings as JSON in $T/NAME.json, as text in $T/NAME.txt.
checked() {
  status 0 S import "$F/$1.txt" -o "$T/$1.seloste"
  S check "$T/$1.seloste" --format json >"$T/$1.json" 2>"$T/err"
  S check "$T/$1.seloste" >"$T/$1.txt" 2>"$T/err"
}
# finding NAME SECTION RULE [TEXT]: the check reported RULE in SECTION, its message holding TEXT.
finding() {
  grep -F "\"section\": \"$2\"" "$T/$1.json" | grep -F "\"rule\": \"$3\"" | grep -qF -- "${4:-}" ||
    fail "$1: no $3 finding in $2 ${4:+with $4}"
}
# no_finding NAME SECTION RULE: no RULE finding in SECTION.
no_finding() {
  ! grep -F "\"section\": \"$2\"" "$T/$1.json" | grep -qF "\"rule\": \"$3\"" || fail "$1: unexpected $3 in $2"
}

# One sentence under "Rekisteröidyn oikeudet" states seven rights and the complaint: none is missing.
checked rights_sentence
for s in right_access right_rectification right_erasure right_restriction right_objection right_portability complaint rights_requests; do
  no_finding rights_sentence "$s" required
done
# wherever the importer put that sentence, at most one warning names where it is and asks to move it
[ "$(grep -c '"rule": "stated_elsewhere"' "$T/rights_sentence.json")" -le 1 ] ||
  fail "rights_sentence: more than one stated_elsewhere warning: $(grep stated_elsewhere "$T/rights_sentence.json")"
grep '"rule": "stated_elsewhere"' "$T/rights_sentence.json" | grep -q '"severity": "error"' &&
  fail "rights_sentence: a right stated elsewhere is an error"
# four bases in one sentence, another sentence naming one of them: no contradiction
no_finding rights_sentence legitimate_interest legal_basis_mismatch
no_finding rights_sentence purposes legal_basis_mismatch
# what the notice really lacks is said in the imported text's terms
finding rights_sentence automated_decisions required 'the imported text does not state'
grep -q 'section is empty' "$T/rights_sentence.txt" && fail "rights_sentence: 'section is empty' for an imported notice"

# Rights stated under another heading: a warning naming it; the rights it does not state are errors.
checked rights_other
grep -F '"rule": "stated_elsewhere"' "$T/rights_other.json" | grep -qF 'Right of access' ||
  fail "rights_other: the right of access stated elsewhere is not named: $(cat "$T/rights_other.txt")"
no_finding rights_other right_access required
no_finding rights_other right_rectification required
finding rights_other right_erasure required 'the imported text does not state \"Right to erasure\" anywhere'
finding rights_other complaint required 'the imported text does not state'

# No rights at all: each is missing.
checked rights_none
for s in right_access right_erasure complaint; do
  finding rights_none "$s" required 'the imported text does not state'
done

# Kind 10, in a notice typed in decomposed Unicode (a + U+0308).
checked kind10
finding kind10 purposes repealed_law henkilötietolain
finding kind10 transfers privacy_shield "Privacy Shield"
finding kind10 right_access signed_request kirjallisesti
finding kind10 controller business_id 2345678
finding kind10 purposes other_organisation "Pajalan Hacklab"
finding kind10 purposes other_organisation "say its role"
finding kind10 other cookie_consent "Google Analytics"
finding kind10 purposes special_category allergiat
finding kind10 retention erasure_blocked "ei salli tietojen poistamista"

# Texts that must not be reported: a written request offered beside e-mail, the Privacy Shield's
# history, a business ID in its right form, erasure kept under a named act and period, a condition
# of Art. 9(2) stated, the generic "Yhdistys" opening a sentence.
checked kind10_clean
for r in signed_request privacy_shield business_id erasure_blocked special_category other_organisation; do
  ! grep -qF "\"rule\": \"$r\"" "$T/kind10_clean.json" || fail "kind10_clean: unexpected $r: $(grep -F "$r" "$T/kind10_clean.txt")"
done

# Purposes stated without a legal basis (the importer keeps them as text): not "no purpose is listed".
status 0 S import "$top_srcdir/tests/data/import/pdf.txt" -o "$T/pdf.seloste"
S check "$T/pdf.seloste" --format json >"$T/pdf.json" 2>"$T/err"
no_finding pdf purposes required
finding pdf purposes purpose_rows 'states the purposes'

# Finnish messages for the new findings.
S check "$T/kind10.seloste" --ui-lang fi >"$T/fi.txt" 2>&1
grep -q "tietosuojakilpi\|Privacy Shield" "$T/fi.txt" && grep -q "tuodussa tekstissä" "$T/fi.txt" ||
  fail "Finnish messages missing: $(head -5 "$T/fi.txt")"
grep -q "imported text\|relies on" "$T/fi.txt" && fail "untranslated messages: $(grep 'imported text\|relies on' "$T/fi.txt")"
# Statements in other words or other places (fm_worded): the source as the moment of collection
# ("rekisteröityessä"), a disclosure as "toimitetaan", access and rectification as a possibility to see
# and edit one's data, the register named by its compound name, the data categories by the data
# content's list, the DPO in a contact's name, the purposes stated under an unknown heading: none is
# "not stated anywhere".
checked fm_worded
for s in sources recipients right_access right_rectification register_name data_categories dpo purposes; do
  no_finding fm_worded "$s" required
done
finding fm_worded dpo stated_elsewhere
finding fm_worded purposes purpose_rows
# what the notice really lacks is still missing
finding fm_worded complaint required 'the imported text does not state'
finding fm_worded requirement required

# Storage PLACE is no storage TIME (t3_retention_place): "säilytetään lukitussa tilassa" under security
# states no retention period, so the notice's missing retention is an error, not "stated elsewhere".
checked t3_retention_place
finding t3_retention_place retention required 'the imported text does not state'
no_finding t3_retention_place retention stated_elsewhere
# the same holds for an English text storing data "on its servers in the USA" (t3_transfers_en below)

# A transfers text telling of a transfer to the US, with no mechanism ticked, is no "no data leaves the
# EU/EEA" (t3_transfers_fi, t3_transfers_en); the finding is that the transfer's basis must be chosen,
# unless another finding (the Privacy Shield's) already asks for it.
no_leaves() {
  ! grep -q 'says that no data leaves' "$T/$1.txt" || fail "$1: 'no data leaves' for a text telling of a transfer: $(grep 'says that no data' "$T/$1.txt")"
}
checked t3_transfers_fi
no_leaves t3_transfers_fi
finding t3_transfers_fi transfers privacy_shield 'Privacy Shield'
no_finding t3_transfers_fi transfers transfer_basis_missing
checked t3_transfers_en
no_leaves t3_transfers_en
finding t3_transfers_en transfers transfer_basis_missing 'no transfer mechanism is chosen'
finding t3_transfers_en retention required 'the imported text does not state'
S check "$T/t3_transfers_en.seloste" --ui-lang fi >"$T/t3_fi.txt" 2>&1
grep -q 'siirtoperustetta ei ole valittu' "$T/t3_fi.txt" || fail "t3_transfers_en: no Finnish basis message: $(grep transfers "$T/t3_fi.txt")"
# "Tietoja ei luovuteta EU:n tai ETA-alueen ulkopuolelle" is about transfers (none): under transfers it is
# no recipients statement, and it asks for no mechanism; under recipients it is the transfers statement.
checked t3_transfers_none
finding t3_transfers_none recipients required 'the imported text does not state'
no_finding t3_transfers_none recipients stated_elsewhere
no_finding t3_transfers_none transfers transfer_basis_missing
no_finding t3_transfers_none transfers required
awk '
/^  recipients : *$/ { print; getline; print; print "    fi = \"Tietoja ei luovuteta EU:n tai ETA-alueen ulkopuolelle.\";"; next }
/^  transfers : *$/ { tr = 1 }
tr && /^    fi = "Tietoja ei luovuteta/ { tr = 0; moved = 1; next }
{ print }
END { if (!moved) exit 1 }' "$T/t3_transfers_none.seloste" >"$T/t3_moved.seloste" || fail "t3_transfers_none: the no-transfer sentence is not under transfers"
S check "$T/t3_moved.seloste" --format json >"$T/t3_moved.json" 2>"$T/err"
no_finding t3_moved transfers stated_elsewhere
no_finding t3_moved transfers required

# Keywords that do not state what the section asks (t3_keywords): recordings "poistetaan automaattisesti"
# are no automated decisions, "laki edellyttää säilyttämistä" is no obligation to provide data, "voit
# ottaa yhteyttä" under the contact person is no rights-requests statement; recipients named with their
# company form under recipients are no other organisation's name copied into the purposes.
checked t3_keywords
for s in automated_decisions requirement rights_requests; do
  finding t3_keywords "$s" required 'the imported text does not state'
done
no_finding t3_keywords purposes other_organisation
no_finding t3_keywords contact_person other_organisation

finish
