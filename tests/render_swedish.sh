#!/bin/sh
# Swedish notices (issue 14): a notice of every register type in Finnish, English and Swedish renders in
# Swedish as the reviewed golden files tests/golden/TYPE.sv.{text,md,html}; the HTML is tidy-clean with
# lang="sv"; the notice is a dataskyddsbeskrivning naming Dataombudsmannens byrå at its Swedish address,
# with dates in the Finland-Swedish form and no English left in it; check finds no error in the Swedish.
# After an intended change: UPDATE_GOLDEN=1 make check, then review the diff of tests/golden/*.sv.*.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$T/home/seloste"
sed 's/^languages = .*/languages = fi, en, sv/' "$top_srcdir/data/demo.ini" >"$T/home/seloste/seloste.ini"
grep -q '^languages = fi, en, sv' "$T/home/seloste/seloste.ini" || fail "the demo settings have no languages line"
XDG_CONFIG_HOME="$T/home"
SOURCE_DATE_EPOCH=1714608000 # 2 May 2024
export XDG_CONFIG_HOME SOURCE_DATE_EPOCH

for type in customer member marketing camera recruitment staff; do
  doc="$T/$type.seloste"
  status 0 "$SELOSTE" new "$doc" --register "$type" --ui-lang en
  contains "$doc" 'languages = [ "fi", "en", "sv" ];'
  for fmt in text md html; do
    golden="$top_srcdir/tests/golden/$type.sv.$fmt"
    status 0 "$SELOSTE" render "$doc" --lang sv --format "$fmt" -o "$T/got.$fmt" --ui-lang en
    [ ! -s "$T/err" ] || fail "$type: render sv/$fmt warned: $(cat "$T/err")"
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$T/got.$fmt" "$golden"; continue; fi
    diff -u "$golden" "$T/got.$fmt" >"$T/diff" || fail "$type sv/$fmt differs from $golden:
$(head -40 "$T/diff")"
  done
  g="$top_srcdir/tests/golden/$type.sv"
  contains "$g.text" "Dataskyddsbeskrivning – "
  contains "$g.text" "Dataombudsmannens byrå"
  contains "$g.text" "Fågelviksgränden 4, 00530 Helsingfors"
  contains "$g.text" "PB 800, 00531 Helsingfors"
  contains "$g.text" "Upprättad: 2.5.2024"
  contains "$g.html" '<html lang="sv">'
  lacks "$g.text" "{"
  # no English left: a heading, label or stock text without its Swedish shows up as English words
  for w in " the " " and " "Controller" "Purposes of" "Retention" "Legal basis" "Data subject" "Recipients"; do
    ! grep -q -- "$w" "$g.text" || fail "$type.sv.text has English: '$w': $(grep -m1 -- "$w" "$g.text")"
  done
  if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
    "$TIDY" -q -e -utf8 "$g.html" >"$T/tidy" 2>&1 || fail "tidy ($type.sv.html): $(cat "$T/tidy")"
    [ ! -s "$T/tidy" ] || fail "tidy warnings ($type.sv.html): $(cat "$T/tidy")"
  fi
  # check: nothing the law asks is reported missing from the Swedish
  "$SELOSTE" check "$doc" --lang sv --ui-lang en >"$T/check" 2>&1
  ! grep -q ": error:" "$T/check" || fail "$type: check of the Swedish found errors: $(grep ': error:' "$T/check" | head -5)"
done

# a notice whose Swedish complaint text is empty still names the authority (GDPR Art. 13(2)(d))
awk '/^  complaint :/ { c = 1 } c && /^  };/ { c = 0 }
     c && /^    sv = / { print "    sv = \"\";"; skip = !/";$/; next }
     skip { skip = !/";$/; next } { print }' "$T/customer.seloste" >"$T/nocomplaint.seloste"
grep -q '^    sv = "";' "$T/nocomplaint.seloste" || fail "the fixture's Swedish complaint text was not emptied"
status 0 "$SELOSTE" render "$T/nocomplaint.seloste" --lang sv --format text -o "$T/nocomplaint.txt" --ui-lang en
contains "$T/nocomplaint.txt" "Dataombudsmannens byrå"
contains "$T/nocomplaint.txt" "Fågelviksgränden 4, 00530 Helsingfors"
finish
