#!/bin/sh
# Trial 5 finding 1: languages in step per purpose row. A purpose row changed in one language after
# the other was written (its own fi_from/en_from records) gets the warning languages_out_of_step on
# the purposes section, naming the purpose by its text in the language ahead and saying which language
# lags; both ways. A row whose languages were edited in turn, a row lagging in a language not asked
# for, and a row with no text in the lagging language (purpose_text_missing says that) get none.
. "$top_srcdir/tests/lib.sh"

"$SELOSTE" new "$T/new.seloste" >/dev/null 2>&1
[ -s "$T/new.seloste" ] || { fail "seloste new wrote nothing"; finish; }
EDIT1='{ source = "edit"; seq = 1; date = "2026-11-30"; lead = true; };'
EDIT2='{ source = "edit"; seq = 2; date = "2026-11-30"; lead = false; };'
# row FILE FI_FROM EN_FROM [EN_TEXT]: the new notice with the marketing row's fi_from and en_from
# records (a libconfig group; "" keeps the stock record) and, when given, its English text.
row() {
  awk -v fi="$2" -v en="$3" -v entext="${4-}" -v setentext="${4+x}" '
    /id = "marketing";/ { in_row = 1 }
    in_row && setentext != "" && /^        en = / { print "        en = \"" entext "\";"; next }
    in_row && /^        (fi|en)_from : *$/ {
      which = $1; rec = which == "fi_from" ? fi : en
      if (rec != "") { print "        " which " : " rec; skip = 1; next }
    }
    skip { if (/^        };/) skip = 0; next }
    in_row && /^      }/ { in_row = 0 }
    { print }' "$T/new.seloste" >"$1"
}
# json FILE [LANG]: the check's findings of FILE in JSON (all languages, or only LANG) into $T/out.
json() { "$SELOSTE" check "$1" --ui-lang en --format json ${2:+--lang "$2"} >"$T/out" 2>"$T/err"; }
# stale_rows: the languages_out_of_step findings of the purposes section in $T/out.
stale_rows() { grep -F '"section": "purposes"' "$T/out" | grep -F '"rule": "languages_out_of_step"'; }

# the Finnish changed after the English: English lags, the purpose named by its Finnish text
row "$T/fi_ahead.seloste" "$EDIT1" ""
grep -q 'lead = true;' "$T/fi_ahead.seloste" || fail "the fixture has no lead edit"
json "$T/fi_ahead.seloste"
stale_rows | grep -F '"lang": "en"' | grep -qF 'the purpose \"Suoramarkkinointi nykyisille asiakkaillemme' ||
  fail "the lagging English of the marketing row is not reported: $(cat "$T/out")"
stale_rows | grep -qF 'changed in Finnish' || fail "the warning does not say the Finnish was changed"
json "$T/fi_ahead.seloste" fi
stale_rows && fail "English lagging reported though only Finnish was asked for"
"$SELOSTE" check "$T/fi_ahead.seloste" --ui-lang fi >"$T/out" 2>&1
contains "$T/out" 'purposes: varoitus: käyttötarkoitusta "Suoramarkkinointi'
contains "$T/out" "teksti kielellä englanti on vanhentunut"

# rendering the lagging language says so (the notice is still written); the language ahead is quiet
status 0 "$SELOSTE" render "$T/fi_ahead.seloste" --draft --lang en --format text -o "$T/fi_ahead.en.txt" --ui-lang en
contains "$T/err" "warning: the English text is out of date in"
contains "$T/err" "Purposes of processing"
[ -s "$T/fi_ahead.en.txt" ] || fail "the English notice was not written"
status 0 "$SELOSTE" render "$T/fi_ahead.seloste" --draft --lang fi --format text -o "$T/fi_ahead.fi.txt" --ui-lang en
lacks "$T/err" "out of date"   # the Finnish is ahead

# the English changed after the Finnish: Finnish lags, named by its English text
row "$T/en_ahead.seloste" "" "$EDIT1"
json "$T/en_ahead.seloste"
stale_rows | grep -F '"lang": "fi"' | grep -qF 'the purpose \"Direct marketing of our own products' ||
  fail "the lagging Finnish of the marketing row is not reported: $(cat "$T/out")"
stale_rows | grep -qF 'changed in English' || fail "the warning does not say the English was changed"

# both edited in turn: in step
row "$T/instep.seloste" "$EDIT1" "$EDIT2"
json "$T/instep.seloste"
stale_rows && fail "a row whose languages were edited in turn is reported"
grep -q '"rule": "languages_out_of_step"' "$T/out" && fail "in step, yet: $(cat "$T/out")"

# no English text at all: the missing text is the finding, not the lag
row "$T/noen.seloste" "$EDIT1" "" ""
json "$T/noen.seloste"
stale_rows && fail "a row without English text reported as out of step"
grep -F '"rule": "purpose_text_missing"' "$T/out" | grep -qF '"lang": "en"' || fail "the missing English text is not reported"
finish
