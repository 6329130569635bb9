#!/bin/sh
# The HTML is valid HTML5 (tidy), has a real outline, and the fragment pastes into a page.
. "$top_srcdir/tests/lib.sh"

[ -n "${TIDY:-}" ] && [ -x "$TIDY" ] || { echo "tidy not installed"; exit 77; }
doc="$top_srcdir/tests/data/full.seloste"
for lang in fi en; do
  status 0 "$SELOSTE" render "$doc" --lang $lang --format html -o "$T/$lang.html"
  "$TIDY" -q -e -utf8 "$T/$lang.html" >"$T/tidy" 2>&1 || fail "tidy ($lang): $(cat "$T/tidy")"
  [ ! -s "$T/tidy" ] || fail "tidy warnings ($lang): $(cat "$T/tidy")"
  [ "$(grep -c '<h1>' "$T/$lang.html")" -eq 1 ] || fail "not exactly one h1"
  [ "$(grep -c '<h2>' "$T/$lang.html")" -ge 25 ] || fail "too few h2 sections"
  ! grep -q '<h[3-6]' "$T/$lang.html" || fail "outline skips a level"
  [ "$(grep -c '<section id=' "$T/$lang.html")" -eq "$(grep -c '</section>' "$T/$lang.html")" ] || fail "unbalanced sections"
done

# the fragment is a well-formed piece to paste into a CMS page
status 0 "$SELOSTE" render "$doc" --format html --fragment -o "$T/frag.html"
lacks "$T/frag.html" "<html"
lacks "$T/frag.html" "<style"
# with no style sheet of its own, a table still fits a phone: its cells may break long words
contains "$T/frag.html" '<table class="seloste-purposes" style="overflow-wrap:anywhere">'
{ printf '<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8"><title>t</title></head><body>\n'
  cat "$T/frag.html"; printf '</body></html>\n'; } >"$T/page.html"
"$TIDY" -q -e -utf8 "$T/page.html" >"$T/tidy" 2>&1 || fail "fragment in a page: $(cat "$T/tidy")"

# Markdown converts to HTML without leaking user markup (when pandoc is there)
if command -v pandoc >/dev/null 2>&1; then
  "$SELOSTE" render "$doc" --format md --lang fi | pandoc -f commonmark -t html >"$T/md.html"
  lacks "$T/md.html" "<b>ei lihavointia"
  contains "$T/md.html" "&lt;b&gt;ei lihavointia"
  contains "$T/md.html" "<h2>1. Rekisterinpitäjä</h2>"
fi
finish
