#!/bin/sh
# The Finnish catalogue is complete: nothing untranslated or fuzzy, and msgfmt -c is happy.
. "$top_srcdir/tests/lib.sh"

: "${MSGFMT:=msgfmt}"
"$MSGFMT" -c --statistics -o /dev/null "$top_srcdir/po/fi.po" >"$T/stats" 2>&1 || fail "msgfmt -c: $(cat "$T/stats")"
grep -q "translated message" "$T/stats" || fail "no statistics: $(cat "$T/stats")"
! grep -qE "untranslated|fuzzy" "$T/stats" || fail "incomplete: $(cat "$T/stats")"
# every msgid in the sources is in the catalogue (the catalogue is not stale)
if command -v xgettext >/dev/null 2>&1; then
  (cd "$top_srcdir" && xgettext --keyword=_ --keyword=N_ --from-code=UTF-8 -o "$T/now.pot" \
     $(grep -v '^#' po/POTFILES.in)) || fail "xgettext failed"
  msgcmp "$top_srcdir/po/fi.po" "$T/now.pot" >"$T/cmp" 2>&1 || fail "fi.po lacks msgids: $(head -20 "$T/cmp")"
fi
# the catalogue that `make install` installs (po/fi.gmo, remade by the build) has every message of
# po/fi.po: gettext's own rules remade it only when seloste.pot changed, and installed a stale one
if [ -f "$top_srcdir/po/fi.gmo" ] && command -v msgunfmt >/dev/null 2>&1; then
  msgunfmt -o "$T/gmo.po" "$top_srcdir/po/fi.gmo" || fail "msgunfmt po/fi.gmo failed"
  msgcmp "$T/gmo.po" "$top_srcdir/po/fi.po" >"$T/gmocmp" 2>&1 ||
    fail "po/fi.gmo is older than po/fi.po: $(head -5 "$T/gmocmp")"
fi
# every source file with translatable strings is listed in POTFILES.in
for f in $(cd "$top_srcdir" && grep -lE '\<N?_\("' src/*.c src/tui/*.c); do
  grep -qx "$f" "$top_srcdir/po/POTFILES.in" || fail "$f has translatable strings but is not in po/POTFILES.in"
done
finish
