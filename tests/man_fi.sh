#!/bin/sh
# The Finnish man page (doc/seloste.fi.1, `man -L fi seloste`) formats without warnings and keeps up
# with the English one: every command and long option of doc/seloste.1 is in it, and its sections.
. "$top_srcdir/tests/lib.sh"
fi1="$top_srcdir/doc/seloste.fi.1"
en1="$top_srcdir/doc/seloste.1"
[ -f "$fi1" ] || { fail "doc/seloste.fi.1 is missing"; finish; }
if command -v groff >/dev/null 2>&1; then
  LC_ALL=C.UTF-8 groff -K utf8 -man -Tutf8 -ww -z "$fi1" >"$T/warn" 2>&1 || fail "groff failed: $(head -5 "$T/warn")"
  [ ! -s "$T/warn" ] || fail "groff warns: $(head -5 "$T/warn")"
fi
sed 's/\\-/-/g' "$en1" | grep -o -- '--[a-z][a-z-]*' | sort -u >"$T/en.opts"
sed 's/\\-/-/g' "$fi1" >"$T/fi.txt"
while read -r opt; do
  grep -qF -- "$opt" "$T/fi.txt" || fail "the Finnish man page lacks $opt"
done <"$T/en.opts"
for cmd in new render check import; do
  grep -q "^\.BI* \"$cmd " "$T/fi.txt" || fail "the Finnish man page lacks the command $cmd"
done
for sec in NIMI YLEISKATSAUS KUVAUS KOMENNOT VALITSIMET TIEDOSTOT PALUUARVO; do
  grep -qx "\.SH $sec" "$T/fi.txt" || fail "the Finnish man page lacks the section $sec"
done
finish
