#!/bin/sh
# A notice language not enabled is never published (issue 11, point 4): render --lang of a language
# the notice leaves out exits 2 and writes nothing; without --lang the notice's own language is used.
. "$top_srcdir/tests/lib.sh"

sed 's/languages = \[ "fi", "en" \];/languages = [ "fi" ];/' "$top_srcdir/tests/data/full.seloste" >"$T/fi.seloste"
sed 's/languages = \[ "fi", "en" \];/languages = [ "en" ];/' "$top_srcdir/tests/data/full.seloste" >"$T/en.seloste"
grep -q 'languages = \[ "fi" \];' "$T/fi.seloste" || fail "fixture: languages line not found"

echo "old" >"$T/out.html"
status 2 "$SELOSTE" --ui-lang en render "$T/fi.seloste" --lang en -o "$T/out.html"
contains "$T/err" "$T/fi.seloste: the notice is not published in English"
[ "$(cat "$T/out.html")" = old ] || fail "the output file was written"
status 2 "$SELOSTE" --ui-lang en render "$T/en.seloste" --lang fi --draft
contains "$T/err" "not published in Finnish"
[ -s "$T/out" ] && fail "something was printed for a language the notice leaves out"

status 0 "$SELOSTE" --ui-lang en render "$T/en.seloste"
contains "$T/out" "Privacy notice"
status 0 "$SELOSTE" --ui-lang en render "$T/fi.seloste"
contains "$T/out" "Tietosuojaseloste"
status 2 "$SELOSTE" --ui-lang fi render "$T/fi.seloste" --lang en -o "$T/x.txt"
contains "$T/err" "selostetta ei julkaista kielellä englanti"
[ -e "$T/x.txt" ] && fail "x.txt was created"
finish
