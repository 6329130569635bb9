#!/bin/sh
# Purposes as a table with their legal bases, and the service providers (issue 11): golden renderings
# of tests/data/rows.seloste (every kind of purpose row) in fi/en x text/md/html, the HTML tidy-clean
# with a real <table>, the Markdown a list for a CommonMark parser, the text wrapped (rows without text
# or name: tests/render_gaps.sh); {providers:ROLE} and {transfers:MECH} filled, and refused or marked when no
# provider is named. After an intended change: UPDATE_GOLDEN=1 make check, then review the diff.
. "$top_srcdir/tests/lib.sh"
export XDG_CONFIG_HOME="$T/empty"
doc="$top_srcdir/tests/data/rows.seloste"
g="$top_srcdir/tests/golden"

# --- goldens; every rendering free of placeholders ---
for lang in fi en; do
  for fmt in text md html; do
    status 0 "$SELOSTE" --ui-lang en render "$doc" --lang $lang --format $fmt -o "$T/rows.$lang.$fmt"
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$T/rows.$lang.$fmt" "$g/rows.$lang.$fmt"; fi
    diff -u "$g/rows.$lang.$fmt" "$T/rows.$lang.$fmt" >"$T/diff" ||
      fail "$lang/$fmt differs from $g/rows.$lang.$fmt:
$(head -40 "$T/diff")"
    ! grep -Eq '\{(providers|transfers):' "$T/rows.$lang.$fmt" || fail "$lang $fmt: a placeholder was published"
    lacks "$T/rows.$lang.$fmt" "not named]"
    lacks "$T/rows.$lang.$fmt" "ei ole nimetty]"
  done
done

# --- facts the goldens must show (so a wrong golden cannot pass review unnoticed) ---
contains "$g/rows.en.text" "    Legal basis: Contract, Art. 6(1)(b)"
contains "$g/rows.fi.text" "    Oikeusperuste: Sopimus, 6 art. 1 kohdan b alakohta"
contains "$g/rows.en.text" "    Legitimate interest: Direct marketing of our own similar products"
contains "$g/rows.fi.text" "    Oikeutettu etu: Palvelun kehittäminen"
contains "$g/rows.en.text" "    Retention: See section 11 (Retention period)"
contains "$g/rows.en.text" "    Legal basis: Consent, Art. 6(1)(a)"
contains "$g/rows.en.html" '<th scope="col">Purpose</th><th scope="col">Legal basis</th><th scope="col">Retention</th>'
contains "$g/rows.fi.html" '<th scope="col">Käyttötarkoitus</th><th scope="col">Oikeusperuste</th><th scope="col">Säilytysaika</th>'
contains "$g/rows.en.html" "<tr><td>Newsletter</td><td>Consent, Art. 6(1)(a)</td><td>Until you unsubscribe.</td></tr>"
contains "$g/rows.en.html" "Marketing to existing customers<br>"
contains "$g/rows.en.html" "Legitimate interest: Direct marketing of our own similar products</td>"
contains "$g/rows.fi.html" "Reklamaatiot &lt;b&gt;ja&lt;/b&gt;"
contains "$g/rows.fi.md" "  **Oikeusperuste:** Sopimus, 6 art. 1 kohdan b alakohta"
contains "$g/rows.fi.md" "Reklamaatiot \\<b\\>ja\\</b\\> \\*palautukset\\* \\#1"
# providers: role label when no words of its own, country in the notice language, mechanism outside the EEA
contains "$g/rows.fi.text" "    Maa: Uusi-Seelanti"
contains "$g/rows.en.text" "    Country: New Zealand"
contains "$g/rows.en.html" "<tr><td>Posti Oy</td><td>Delivery of orders</td><td>Finland</td><td></td></tr>"
contains "$g/rows.en.text" "    Transfer based on: Adequacy decision of the European Commission"
# the placeholders: "Name (Country)", a name in parentheses taking the country in, "ja" / "and"
contains "$T/rows.en.text" "Matomo (InnoCraft Ltd, New Zealand)."
tr '\n' ' ' <"$T/rows.fi.text" | tr -s ' ' >"$T/fi.flat"
tr '\n' ' ' <"$T/rows.en.text" | tr -s ' ' >"$T/en.flat"
contains "$T/fi.flat" "Tilaukset toimittavat Posti Oy (Suomi) ja Toinen Posti AB (Ruotsi)."
contains "$T/en.flat" "Orders are delivered by Posti Oy (Finland) and Toinen Posti AB (Sweden)."
contains "$T/en.flat" "it is processed by Kirjemies Inc. (United States)."

# --- text: no line wider than 72 columns, continuation lines aligned under their item ---
for lang in fi en; do
  w=$(LC_ALL=C.UTF-8 wc -L <"$T/rows.$lang.text")
  [ "$w" -le 72 ] || fail "$lang text: a line is $w columns wide"
done
contains "$g/rows.en.text" "  - Bookkeeping: preparing and keeping the vouchers and books of account
    under the Finnish Accounting Act"

# --- HTML: tidy-clean, one table per row section, a head row and a body row per purpose ---
if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
  for lang in fi en; do
    "$TIDY" -q -e -utf8 "$T/rows.$lang.html" >"$T/tidy" 2>&1 || fail "tidy ($lang): $(cat "$T/tidy")"
    [ ! -s "$T/tidy" ] || fail "tidy warnings ($lang): $(cat "$T/tidy")"
  done
fi
[ "$(grep -c '<table class="seloste-purposes">' "$T/rows.fi.html")" -eq 1 ] || fail "no purposes table"
[ "$(grep -c '<table class="seloste-providers">' "$T/rows.fi.html")" -eq 1 ] || fail "no providers table"
[ "$(sed -n '/seloste-purposes/,/<\/table>/p' "$T/rows.fi.html" | grep -c '^<tr><td>')" -eq 6 ] ||
  fail "the Finnish purposes table does not have 6 rows"
[ "$(sed -n '/seloste-purposes/,/<\/table>/p' "$T/rows.en.html" | grep -c '^<tr><td>')" -eq 6 ] ||
  fail "the English purposes table does not have 6 rows (each row has English text)"

# --- Markdown: the purposes are one bullet list of 6 items for a CommonMark parser ---
if command -v pandoc >/dev/null 2>&1; then
  pandoc -f commonmark -t html "$T/rows.en.md" >"$T/md.html" || fail "pandoc could not read the Markdown"
  sed -n '/Purposes of processing/,/<h2>/p' "$T/md.html" >"$T/md.purposes"
  [ "$(grep -c '<li>' "$T/md.purposes")" -eq 6 ] || fail "the Markdown purposes list does not have 6 items"
  contains "$T/md.purposes" "<li>Newsletter<br />"
  contains "$T/md.purposes" "<strong>Legal basis:</strong> Consent, Art. 6(1)(a)<br />"
  contains "$T/md.html" "Complaints &lt;b&gt;and&lt;/b&gt; *returns* #1"
fi

# --- a provider placeholder without a provider is a gap: render refuses, --draft marks ---
sed 's/role = "analytics"/role = "other"/' "$doc" >"$T/gap.seloste"
for lang in fi en; do
  status 2 "$SELOSTE" --ui-lang en render "$T/gap.seloste" --lang $lang -o "$T/gap.txt"
  contains "$T/err" "the notice cannot be published yet: the web analytics tool is not named (section \"Service providers\")"
  [ ! -e "$T/gap.txt" ] || fail "a refused render created its output"
done
status 2 "$SELOSTE" --ui-lang fi render "$T/gap.seloste"
contains "$T/err" "verkkoanalytiikkatyökalua ei ole nimetty"
for fmt in text md html; do
  status 0 "$SELOSTE" --ui-lang en render --draft "$T/gap.seloste" --lang en --format $fmt -o "$T/gap.en.$fmt"
  tr '\n' ' ' <"$T/gap.en.$fmt" | tr -s ' ' | sed 's/\\//g' >"$T/gap.flat"
  contains "$T/gap.flat" "Visitor statistics are compiled by [web analytics tool not named]."
  status 0 "$SELOSTE" --ui-lang en render --draft "$T/gap.seloste" --lang fi --format $fmt -o "$T/gap.fi.$fmt"
  tr '\n' ' ' <"$T/gap.fi.$fmt" | tr -s ' ' | sed 's/\\//g' >"$T/gap.flat"
  contains "$T/gap.flat" "Kävijätilastot kokoaa [verkkoanalytiikkatyökalua ei ole nimetty]."
  ! grep -q '{providers:' "$T/gap.fi.$fmt" || fail "draft $fmt published {providers:"
done
# a transfer mechanism no provider relies on is a gap too
sed 's/mechanism = "dpf"/mechanism = "scc"/' "$doc" >"$T/gap2.seloste"
status 2 "$SELOSTE" --ui-lang en render "$T/gap2.seloste" --lang en
contains "$T/err" "no service provider relies on the EU-US Data Privacy Framework (section \"Service providers\")"
finish
