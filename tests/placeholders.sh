#!/bin/sh
# No placeholder is ever published (issue 11, point 5): render refuses a notice with missing details
# (exit 2, each named in plain words with where to set it, nothing written), --draft marks the gaps
# in words in every format, new says what to fill, and check speaks of the detail, once.
. "${srcdir:-.}/tests/lib.sh"
top_srcdir=${top_srcdir:-${srcdir:-.}}
names='controller|website|contact_name|contact_email|contact_phone|register|providers:[a-z_]+|transfers:[a-z_]+'
# no_placeholder FILE WHAT: FILE holds no "{" followed by a placeholder name.
no_placeholder() { ! grep -Eq "\{($names)\}" "$1" || fail "$2: a placeholder was published: $(grep -Eo "\{($names)\}" "$1" | head -3 | tr '\n' ' ')"; }

# has_words FILE WORDS: FILE holds WORDS, lines joined (text wraps) and Markdown escapes dropped.
has_words() { tr '\n' ' ' <"$1" | tr -s ' ' | sed 's/\\//g' | grep -qF -- "$2" || fail "$1 lacks: $2"; }

mkdir -p "$T/empty" "$T/demo/seloste"
cp "$top_srcdir/data/demo.ini" "$T/demo/seloste/seloste.ini"

# --- new without settings: a draft, and stderr says which details to fill and where ---
export XDG_CONFIG_HOME="$T/empty"
status 0 "$SELOSTE" --ui-lang en new "$T/a.seloste"
for what in "the controller's name is missing" "the web address is missing" \
    "the contact person's name is missing" "the contact person's e-mail address is missing" \
    "name = in [organisation] of seloste.ini" "website = in [organisation]" "email = in [contact]"; do
  contains "$T/err" "$what"
done
status 0 "$SELOSTE" --ui-lang fi new "$T/fi.seloste"
contains "$T/err" "rekisterinpitäjän nimi puuttuu"

# --- render refuses it: exit 2, every missing detail named, -o untouched, nothing created ---
for fmt in text md html; do
  for lang in fi en; do
    status 2 "$SELOSTE" --ui-lang en render --lang $lang --format $fmt "$T/a.seloste"
    [ ! -s "$T/out" ] || fail "render $lang $fmt wrote to stdout though it refused"
    contains "$T/err" "$T/a.seloste: the notice cannot be published yet: "
    contains "$T/err" "the controller's name is missing (section \"Controller\", or name = in [organisation] of seloste.ini)"
    contains "$T/err" "the web address is missing"
    contains "$T/err" "the contact person's name is missing"
    contains "$T/err" "the contact person's e-mail address is missing"
    contains "$T/err" "--draft"
  done
done
echo old >"$T/old.txt"
status 2 "$SELOSTE" render "$T/a.seloste" -o "$T/old.txt"
[ "$(cat "$T/old.txt")" = old ] || fail "a refused render changed the -o file"
status 2 "$SELOSTE" render "$T/a.seloste" -o "$T/new.html"
[ ! -e "$T/new.html" ] || fail "a refused render created the -o file"
status 2 "$SELOSTE" --ui-lang fi render "$T/a.seloste"
contains "$T/err" "selostetta ei voi vielä julkaista: rekisterinpitäjän nimi puuttuu (kohta ”Rekisterinpitäjä”"

# --- --draft: exit 0, the gaps marked in words in the notice language, never {controller} ---
for fmt in text md html; do
  for lang in fi en; do
    status 0 "$SELOSTE" render --draft --lang $lang --format $fmt "$T/a.seloste" -o "$T/draft.$lang.$fmt"
    no_placeholder "$T/draft.$lang.$fmt" "draft $lang $fmt"
  done
  has_words "$T/draft.fi.$fmt" "[yrityksen nimi puuttuu]"
  has_words "$T/draft.fi.$fmt" "[yhteyshenkilön sähköpostiosoite puuttuu]"
  has_words "$T/draft.en.$fmt" "[company name missing]"
  has_words "$T/draft.en.$fmt" "[contact e-mail address missing]"
  lacks "$T/draft.en.$fmt" "[yrityksen nimi puuttuu]"
  # the draft says so inside (trial 5, finding 4): its title and a first paragraph, in its language
  contains "$T/draft.fi.$fmt" "LUONNOS – Tietosuojaseloste"
  contains "$T/draft.fi.$fmt" "Tämä on luonnos, ei julkaistava seloste"
  contains "$T/draft.en.$fmt" "DRAFT – Privacy notice"
  contains "$T/draft.en.$fmt" "This is a draft, not a notice to publish"
  lacks "$T/draft.en.$fmt" "LUONNOS"
done
contains "$T/draft.fi.html" "<title>LUONNOS – Tietosuojaseloste"
contains "$T/draft.fi.html" "<h1>LUONNOS – Tietosuojaseloste"
contains "$T/draft.en.html" "<title>DRAFT – Privacy notice"
contains "$T/draft.en.html" "<h1>DRAFT – Privacy notice"
if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
  for lang in fi en; do
    "$TIDY" -q -e -utf8 "$T/draft.$lang.html" >"$T/tidy" 2>&1 || fail "tidy ($lang draft): $(cat "$T/tidy")"
    [ ! -s "$T/tidy" ] || fail "tidy warnings ($lang draft): $(cat "$T/tidy")"
  done
fi

# --- check speaks of the detail missing, once, not of "placeholder {controller}" ---
status 1 "$SELOSTE" --ui-lang en check "$T/a.seloste"
lacks "$T/out" "placeholder"
lacks "$T/out" "{website}"
contains "$T/out" "cookies: error: the web address is missing"
[ "$(grep -c 'cookies: error: the web address is missing' "$T/out")" -eq 1 ] ||
  fail "the missing web address is reported more than once for cookies: $(cat "$T/out")"

# --- with the demo settings the notice is complete: render works, no gaps, no braces ---
export XDG_CONFIG_HOME="$T/demo"
status 0 "$SELOSTE" --ui-lang en new "$T/demo.seloste"
[ ! -s "$T/err" ] || fail "new with the demo settings complained: $(cat "$T/err")"
for fmt in text md html; do
  for lang in fi en; do
    status 0 "$SELOSTE" render --lang $lang --format $fmt "$T/demo.seloste" -o "$T/demo.$lang.$fmt"
    [ $fmt = html ] || lacks "$T/demo.$lang.$fmt" "{" # (the page's style sheet has braces)
    no_placeholder "$T/demo.$lang.$fmt" "demo $lang $fmt"
    lacks "$T/demo.$lang.$fmt" "puuttuu]"
    lacks "$T/demo.$lang.$fmt" "missing]"
  done
done

# --- Done when: no rendering of any test document, in any format or language, holds a placeholder ---
export XDG_CONFIG_HOME="$T/empty"
for doc in "$top_srcdir"/tests/data/*.seloste "$top_srcdir/data/demo.seloste" "$T/a.seloste" "$T/demo.seloste"; do
  for fmt in text md html; do
    for lang in fi en; do
      out="$T/any.$lang.$fmt"
      "$SELOSTE" --ui-lang en render --lang $lang --format $fmt "$doc" -o "$out" 2>"$T/err"; rc=$?
      if [ "$rc" -eq 2 ] && grep -q "cannot be published yet" "$T/err"; then
        [ ! -e "$out" ] || fail "$doc: a refused render left $out"
        "$SELOSTE" --ui-lang en render --draft --lang $lang --format $fmt "$doc" -o "$out" 2>"$T/err" ||
          fail "$doc: --draft $lang $fmt failed: $(cat "$T/err")"
      elif [ "$rc" -ne 0 ]; then
        fail "$doc: render $lang $fmt: exit $rc: $(cat "$T/err")"
      fi
      no_placeholder "$out" "$doc $lang $fmt"
      rm -f "$out"
    done
  done
done
finish
