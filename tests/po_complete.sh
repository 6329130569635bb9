#!/bin/sh
# Every catalogue of po/LINGUAS (Finnish, Swedish) is complete: nothing untranslated or fuzzy, and
# msgfmt -c is happy.
. "$top_srcdir/tests/lib.sh"

: "${MSGFMT:=msgfmt}"
if command -v xgettext >/dev/null 2>&1; then
  (cd "$top_srcdir" && xgettext --keyword=_ --keyword=N_ --keyword=ngettext:1,2 --from-code=UTF-8 -o "$T/now.pot" \
     $(grep -v '^#' po/POTFILES.in)) || fail "xgettext failed"
fi
langs=$(grep -v '^#' "$top_srcdir/po/LINGUAS")
[ -n "$langs" ] || fail "po/LINGUAS lists no catalogue"
for lang in $langs; do
  po="$top_srcdir/po/$lang.po"
  "$MSGFMT" -c --statistics -o /dev/null "$po" >"$T/stats" 2>&1 || fail "$lang: msgfmt -c: $(cat "$T/stats")"
  grep -q "translated message" "$T/stats" || fail "$lang: no statistics: $(cat "$T/stats")"
  ! grep -qE "untranslated|fuzzy" "$T/stats" || fail "$lang: incomplete: $(cat "$T/stats")"
  # every msgid in the sources is in the catalogue (the catalogue is not stale)
  [ ! -f "$T/now.pot" ] || msgcmp "$po" "$T/now.pot" >"$T/cmp" 2>&1 || fail "$lang.po lacks msgids: $(head -20 "$T/cmp")"
  # the catalogue that `make install` installs (po/LANG.gmo, remade by the build) has every message of
  # po/LANG.po: gettext's own rules remade it only when seloste.pot changed, and installed a stale one
  if [ -f "$top_srcdir/po/$lang.gmo" ] && command -v msgunfmt >/dev/null 2>&1; then
    msgunfmt -o "$T/gmo.po" "$top_srcdir/po/$lang.gmo" || fail "msgunfmt po/$lang.gmo failed"
    msgcmp "$T/gmo.po" "$po" >"$T/gmocmp" 2>&1 || fail "po/$lang.gmo is older than po/$lang.po: $(head -5 "$T/gmocmp")"
  fi
done
# every source file with translatable strings is listed in POTFILES.in
for f in $(cd "$top_srcdir" && grep -lE '\<N?_\("' src/*.c src/tui/*.c); do
  grep -qx "$f" "$top_srcdir/po/POTFILES.in" || fail "$f has translatable strings but is not in po/POTFILES.in"
done
finish
