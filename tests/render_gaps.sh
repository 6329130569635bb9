#!/bin/sh
# Rows with a gap and drafts that say so (user trial 5, findings 2 and 4). A purpose with no text in
# the notice's language, or a service provider without a name, is a gap like a missing placeholder
# value: render refuses (exit 2, nothing written) naming the purpose by its text in the other language
# and saying where to write it; --draft shows the row with a mark in its place and warns, naming it.
# A draft with gaps says so inside: "DRAFT – " / "LUONNOS – " before its title (text, Markdown, HTML
# <title> and <h1>) and a first paragraph; a complete notice rendered with --draft is not marked.
. "$top_srcdir/tests/lib.sh"
export XDG_CONFIG_HOME="$T/empty"
rows="$top_srcdir/tests/data/rows.seloste"

# without LINE...: a copy of rows.seloste without the lines that hold each fixed string, as $T/$1.seloste
without() {
  name=$1; shift
  cp "$rows" "$T/$name.seloste"
  for line in "$@"; do
    grep -vF -- "$line" "$T/$name.seloste" >"$T/tmp" && mv "$T/tmp" "$T/$name.seloste"
  done
}
# refused DOC LANG UI: render refuses, writes nothing, and stderr says why (in $T/err)
refused() {
  status 2 "$SELOSTE" --ui-lang "$3" render "$1" --lang "$2" -o "$T/refused.txt"
  [ ! -e "$T/refused.txt" ] || fail "$1 ($2): a refused render wrote its file"
  [ -s "$T/err" ] || fail "$1 ($2): refused in silence"
}
# tidy_clean FILE: no tidy errors or warnings (when tidy is there)
tidy_clean() {
  if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
    "$TIDY" -q -e -utf8 "$1" >"$T/tidy" 2>&1 || fail "tidy $1: $(cat "$T/tidy")"
    [ ! -s "$T/tidy" ] || fail "tidy warnings $1: $(cat "$T/tidy")"
  fi
}

# --- a purpose without English text: refused in English, named by its Finnish text, where to fix it ---
without noen 'en = "Customer satisfaction surveys";'
refused "$T/noen.seloste" en en
contains "$T/err" 'the purpose "Asiakastyytyväisyyskyselyt" has no English text (section "Purposes of processing and their legal bases": write it on that purpose'"'"'s row, in English)'
contains "$T/err" "nothing was written"
lacks "$T/err" "purpose 6"
refused "$T/noen.seloste" en fi
contains "$T/err" 'käyttötarkoitukselta ”Asiakastyytyväisyyskyselyt” puuttuu teksti kielellä englanti (kohta ”Henkilötietojen käsittelyn tarkoitukset ja oikeusperusteet”'
# the Finnish notice has no gap: published, no warning, not a draft even with --draft
status 0 "$SELOSTE" --ui-lang en render "$T/noen.seloste" --lang fi
contains "$T/out" "Asiakastyytyväisyyskyselyt"
lacks "$T/err" "purposes:"
# --draft: the row is there with a mark, the warning names it, the draft says it is one
for fmt in text md html; do
  status 0 "$SELOSTE" --ui-lang en render --draft "$T/noen.seloste" --lang en --format $fmt -o "$T/noen.en.$fmt"
  [ $fmt = md ] && mark='\[purpose text missing\]' || mark='[purpose text missing]'
  contains "$T/noen.en.$fmt" "$mark"
  contains "$T/noen.en.$fmt" "Improving the service"
  contains "$T/noen.en.$fmt" "DRAFT – Privacy notice – Customer register"
  contains "$T/noen.en.$fmt" "This is a draft, not a notice to publish"
  contains "$T/err" 'purposes: warning: the purpose "Asiakastyytyväisyyskyselyt" has no English text'
done
contains "$T/noen.en.text" "DRAFT – Privacy notice – Customer register
=========================================="
contains "$T/noen.en.md" "# DRAFT – Privacy notice – Customer register"
contains "$T/noen.en.md" "**This is a draft, not a notice to publish: the details in square brackets are missing."
contains "$T/noen.en.html" "<title>DRAFT – Privacy notice – Customer register – Rivitesti Oy</title>"
contains "$T/noen.en.html" "<h1>DRAFT – Privacy notice – Customer register</h1>"
contains "$T/noen.en.html" '<p class="seloste-draft"><strong>This is a draft'
contains "$T/noen.en.html" "<tr><td>[purpose text missing]<br>"
tidy_clean "$T/noen.en.html"
# the draft paragraph comes first, before the lead
[ "$(grep -n 'This is a draft' "$T/noen.en.text" | cut -d: -f1)" -lt "$(grep -n 'This notice tells' "$T/noen.en.text" | cut -d: -f1)" ] ||
  fail "the draft paragraph does not come before the lead"

# --- a purpose without Finnish text: named by its English text, the Finnish draft marked in Finnish ---
without nofi 'fi = "Asiakastyytyväisyyskyselyt";'
refused "$T/nofi.seloste" fi en
contains "$T/err" 'the purpose "Customer satisfaction surveys" has no Finnish text'
refused "$T/nofi.seloste" fi fi
contains "$T/err" 'käyttötarkoitukselta ”Customer satisfaction surveys” puuttuu teksti kielellä suomi'
for fmt in text md html; do
  status 0 "$SELOSTE" --ui-lang fi render --draft "$T/nofi.seloste" --lang fi --format $fmt -o "$T/nofi.fi.$fmt"
  [ $fmt = md ] && mark='\[käyttötarkoituksen teksti puuttuu\]' || mark='[käyttötarkoituksen teksti puuttuu]'
  contains "$T/nofi.fi.$fmt" "$mark"
  contains "$T/nofi.fi.$fmt" "LUONNOS – Tietosuojaseloste"
  contains "$T/nofi.fi.$fmt" "Tämä on luonnos, ei julkaistava seloste"
  lacks "$T/nofi.fi.$fmt" "DRAFT"
  contains "$T/err" 'purposes: varoitus: käyttötarkoitukselta ”Customer satisfaction surveys” puuttuu teksti kielellä suomi'
done
contains "$T/nofi.fi.html" "<h1>LUONNOS – Tietosuojaseloste"
contains "$T/nofi.fi.html" "<title>LUONNOS – Tietosuojaseloste"
tidy_clean "$T/nofi.fi.html"

# --- a long text is cut to a readable name; a purpose with no text at all is named by number and basis ---
without long 'en = "Customer satisfaction surveys";'
sed 's/fi = "Asiakastyytyväisyyskyselyt";/fi = "Asiakastyytyväisyyskyselyt, joilla   kysymme palvelun laadusta ja toimitusten nopeudesta";/' \
  "$T/long.seloste" >"$T/long2.seloste"
refused "$T/long2.seloste" en en
contains "$T/err" 'the purpose "Asiakastyytyväisyyskyselyt, joilla…" has no English text'
without none 'en = "Customer satisfaction surveys";' 'fi = "Asiakastyytyväisyyskyselyt";'
refused "$T/none.seloste" en en
contains "$T/err" "the purpose no. 6 (legal basis: Legitimate interests) has no English text"
refused "$T/none.seloste" fi en
contains "$T/err" "the purpose no. 6 (legal basis: Legitimate interests) has no Finnish text"

# (a service provider without a name: the loader refuses it; tests/unit/test_render.c builds one)

# --- a complete notice: --draft changes nothing, in either language and any format ---
for lang in fi en; do
  for fmt in text md html; do
    status 0 "$SELOSTE" --ui-lang en render "$rows" --lang $lang --format $fmt -o "$T/plain.$fmt"
    status 0 "$SELOSTE" --ui-lang en render --draft "$rows" --lang $lang --format $fmt -o "$T/draft.$fmt"
    cmp -s "$T/plain.$fmt" "$T/draft.$fmt" || fail "$lang $fmt: --draft changed a complete notice"
    lacks "$T/draft.$fmt" "DRAFT"
    lacks "$T/draft.$fmt" "LUONNOS"
    ! grep -E "(purposes|providers):" "$T/err" || fail "$lang $fmt: a row warning for a complete notice"
  done
done
finish
