#!/bin/sh
# seloste check: a fresh notice passes; a notice with real-world mistakes gets them reported; exit codes; JSON.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$T/home/seloste"
cp "$top_srcdir/data/demo.ini" "$T/home/seloste/seloste.ini"
export XDG_CONFIG_HOME="$T/home"

# a notice made by `seloste new` and left as it is has no findings
status 0 "$SELOSTE" new "$T/a.seloste" --ui-lang en
status 0 "$SELOSTE" check "$T/a.seloste" --ui-lang en
[ ! -s "$T/out" ] || fail "check of a new notice found: $(cat "$T/out")"
status 0 "$SELOSTE" check "$T/a.seloste" --ui-lang en --format json
[ "$(tr -d ' \n' <"$T/out")" = "[]" ] || fail "json of a clean notice: $(cat "$T/out")"
# the demo shipped with seloste (format 2) is clean too
status 0 "$SELOSTE" check "$top_srcdir/data/demo.seloste" --ui-lang en
[ ! -s "$T/out" ] || fail "check of data/demo.seloste found: $(cat "$T/out")"
# the full notice (format 1) ticks web analytics but, having no providers list, names no analytics tool,
# and its one legal basis (contract) leaves the analytics cookies' consent out of its purposes
status 1 "$SELOSTE" check "$top_srcdir/tests/data/full.seloste" --ui-lang en --format json
[ "$(grep -c '"rule"' "$T/out")" -eq 2 ] || fail "full.seloste: $(cat "$T/out")"
contains "$T/out" '"section": "cookies", "severity": "error"'
contains "$T/out" '"rule": "tool_not_named"'
contains "$T/out" '"rule": "cookies_without_consent"'

# the mistakes of real notices, one line each, compiler style
M="$top_srcdir/tests/data/mistakes.seloste"
status 1 "$SELOSTE" check "$M" --ui-lang en
cp "$T/out" "$T/text"
contains "$T/text" "$M: dpo: error: the section is empty; fill it in or mark it as not applicable [GDPR 13(1)(b)]"
contains "$T/text" "$M: controller: error: the business ID 2345678-1 has a wrong check digit"
contains "$T/text" "$M: legitimate_interest: warning: the text states \"sopimus\" as the legal basis"
contains "$T/text" "$M: automated_decisions: error:"
contains "$T/text" "$M: complaint: error: gives the data protection authority's old address (\"Ratapihantie\")"
contains "$T/text" "$M: purposes: error: refers to the repealed Personal Data Act"
contains "$T/text" "$M: cookies: error: refers to the repealed Act on the Protection of Privacy"
contains "$T/text" "$M: purposes: error: template text left in: \"(s-postiosoite)\""
contains "$T/text" "$M: sources: error: template text left in: \"(linkki)\""
contains "$T/text" "\"yorganisaation\" looks like a typo"
contains "$T/text" "$M: retention: error: retention is stated as \"toistaiseksi\""
contains "$T/text" "samposa.savolainen@esimerkki.example differs slightly from samps.savolainen@esimerkki.example"
contains "$T/text" "$M: transfers: error: data is transferred outside the EU/EEA"
contains "$T/text" "$M: right_access: warning: the English text is the same as the Finnish text"
contains "$T/text" "$M: requirement: error: the section has no English text"
contains "$T/text" "$M: dates: error: the last update (2023-01-15) is before the date of preparation (2024-05-02)"

# --lang limits the text rules to one language
status 1 "$SELOSTE" check "$M" --ui-lang en --lang fi
lacks "$T/out" "(English text)"
contains "$T/out" "(Finnish text)"

# JSON: valid, the same findings
status 1 "$SELOSTE" check "$M" --ui-lang en --format json
if command -v python3 >/dev/null 2>&1; then
  python3 -m json.tool "$T/out" >/dev/null || fail "check --format json is not valid JSON"
  n_json=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$T/out")
  [ "$n_json" -eq "$(wc -l <"$T/text")" ] || fail "json has $n_json findings, text $(wc -l <"$T/text")"
  python3 - "$T/out" <<'PY' || fail "json objects lack fields"
import json, sys
for f in json.load(open(sys.argv[1])):
    assert set(("file", "section", "severity", "message", "gdpr")) <= set(f), f
    assert f["severity"] in ("error", "warning")
PY
fi
contains "$T/out" '"section": "dpo", "severity": "error"'
# quotes and backslashes in messages are escaped
sed 's/business_id = "2345678-1"/business_id = "23\\"45\\\\678"/' "$M" >"$T/q.seloste"
contains "$T/q.seloste" 'business_id = "23\"45\\678";'
status 1 "$SELOSTE" check "$T/q.seloste" --ui-lang en --format json
if command -v python3 >/dev/null 2>&1; then
  python3 -m json.tool "$T/out" >/dev/null || fail "json with quotes is not valid"
fi

# issue 11: a tool named only as an example still counts against "no transfers" (an error naming the
# tool and the section) and is a warning of its own; the full notice names the tool it uses and is clean
F="$top_srcdir/tests/data/full.seloste"
sed 's/Käytämme omalla palvelimellamme Suomessa toimivaa Matomo-verkkoanalytiikkaa/Käytämme verkkoanalytiikkatyökalua (esimerkiksi Google Analytics tai Matomo)/' "$F" >"$T/ex.seloste"
status 1 "$SELOSTE" check "$T/ex.seloste" --ui-lang fi
contains "$T/out" "$T/ex.seloste: cookies: virhe: mainitsee palvelun \"Google Analytics\", jonka tarjoaja"
contains "$T/out" "$T/ex.seloste: cookies: varoitus: mainitsee työkalun vain esimerkkinä (\"esimerkiksi Google Analytics\")"
status 1 "$SELOSTE" check "$F" --ui-lang fi
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "check of the full notice found more than the unnamed tool and the consent: $(cat "$T/out")"

# issue 11 done-when: the new notice with every purpose row but the contract ones removed is still clean
cat >"$T/keep.awk" <<'EOF'
# keeps, in the purposes section's rows, only the groups resting on a contract
/^  purposes : /                 { inp = 1 }
inp && /^    rows = \( *$/        { print; inrows = 1; n = 0; next }
inrows && /^      \{/             { grp = "      {"; ing = 1; next }
inrows && ing                     { if ($0 ~ /^      \}/) { ing = 0; if (grp ~ /basis = "contract";/) kept[n++] = grp "\n      }"; if ($0 ~ /\);/) { for (i = 0; i < n; i++) printf "%s%s\n", kept[i], (i < n - 1 ? ", " : " );"); inrows = 0; inp = 0 } } else grp = grp "\n" $0; next }
{ print }
EOF
awk -f "$T/keep.awk" "$T/a.seloste" >"$T/contract.seloste"
grep -q 'basis = "contract";' "$T/contract.seloste" && ! grep -q 'basis = "legitimate_interest";' "$T/contract.seloste" ||
  fail "the test could not remove the other purposes"
status 0 "$SELOSTE" check "$T/contract.seloste" --ui-lang en
[ ! -s "$T/out" ] || fail "check of the contract-only notice found: $(cat "$T/out")"
# with the marketing purposes gone, the section on forbidding direct marketing goes too (a user trial:
# the notice told how to forbid marketing it no longer listed)
status 0 "$SELOSTE" render "$T/contract.seloste" --lang en --ui-lang en
lacks "$T/out" "Prohibiting direct marketing"
status 0 "$SELOSTE" render "$T/a.seloste" --lang en --ui-lang en
contains "$T/out" "Prohibiting direct marketing"

# issue 11 point 4: languages drift apart. The Finnish retention text edited while the English is still
# the stock text is a warning naming both; with the English edited too, or one language only, silence
fi_new='Säilytämme asiakastietoja kaksi vuotta.'
en_new='We keep customer data for two years.'
sed "/^  retention : /,/^  };/{ s/origin = \"stock\"/origin = \"edited\"/; s/Säilytämme asiakastietoja asiakkuuden ajan\./$fi_new/; }" \
  "$T/a.seloste" >"$T/drift.seloste"
grep -q "$fi_new" "$T/drift.seloste" || fail "the test could not edit the Finnish retention text"
status 1 "$SELOSTE" check "$T/drift.seloste" --ui-lang fi
contains "$T/out" "$T/drift.seloste: retention: varoitus: tekstiä kielellä suomi on muokattu, mutta teksti kielellä englanti on yhä vakioteksti"
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "drift: more than the one finding: $(cat "$T/out")"
status 1 "$SELOSTE" check "$T/drift.seloste" --ui-lang en --format json
contains "$T/out" '"rule": "languages_out_of_step"'
sed "s/We keep customer data for as long as you are our customer\./$en_new/" "$T/drift.seloste" >"$T/both.seloste"
grep -q "$en_new" "$T/both.seloste" || fail "the test could not edit the English retention text"
status 0 "$SELOSTE" check "$T/both.seloste" --ui-lang fi
[ ! -s "$T/out" ] || fail "both languages edited, yet: $(cat "$T/out")"
sed 's/^languages = .*/languages = [ "fi" ];/' "$T/drift.seloste" >"$T/fionly.seloste"
status 0 "$SELOSTE" check "$T/fionly.seloste" --ui-lang fi
[ ! -s "$T/out" ] || fail "one language only, yet: $(cat "$T/out")"

# unreadable input and usage errors exit 2
status 2 "$SELOSTE" check "$T/missing.seloste" --ui-lang en
printf 'format_version = 1;\nsections = {\n' >"$T/broken.seloste"
status 2 "$SELOSTE" check "$T/broken.seloste" --ui-lang en
contains "$T/err" "broken.seloste:"
status 2 "$SELOSTE" check "$M" --format xml --ui-lang en
status 2 "$SELOSTE" check "$M" --lang xx --ui-lang en
status 2 "$SELOSTE" check --ui-lang en
finish
