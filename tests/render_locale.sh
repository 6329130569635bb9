#!/bin/sh
# --lang fi gives correct Finnish whatever locales the server has.
. "$top_srcdir/tests/lib.sh"

doc="$top_srcdir/tests/data/full.seloste"
if locale -a 2>/dev/null | grep -qi '^fi_FI'; then
  echo "note: fi_FI is installed here; the missing-locale case is not exercised"
fi
for env in "LANG=C.UTF-8" "LANG=fi_FI.UTF-8" "LC_ALL=C" "LANG=fi_FI.UTF-8 LANGUAGE=en" "LC_ALL=POSIX LANG=fi_FI.ISO-8859-1"; do
  status 0 env -u LC_ALL -u LANGUAGE -u LANG $env "$SELOSTE" render "$doc" --lang fi --format text
  contains "$T/out" "1. Rekisterinpitäjä"
  contains "$T/out" "Henkilötietojen säilytysaika"
  contains "$T/out" "Laadittu: 2.5.2024"
  cmp -s "$T/out" "$top_srcdir/tests/golden/full.fi.text" || fail "$env: output differs from the golden file"
  status 0 env -u LC_ALL -u LANGUAGE -u LANG $env "$SELOSTE" render "$doc" --lang en --format text
  contains "$T/out" "1. Controller"
  cmp -s "$T/out" "$top_srcdir/tests/golden/full.en.text" || fail "$env: English output differs"
done
# the bytes are UTF-8 ä (c3 a4), not a transliteration
"$SELOSTE" render "$doc" --lang fi | head -c 4000 | od -An -tx1 | tr -d ' \n' | grep -q c3a4 || fail "no UTF-8 ä"
# UI messages follow the environment, Finnish by default
status 2 env -u LC_ALL -u LANGUAGE LANG=C.UTF-8 "$SELOSTE" render "$T/missing.seloste"
contains "$T/err" "tiedostoa ei voi lukea"
status 2 env -u LC_ALL -u LANGUAGE LANG=en_US.UTF-8 "$SELOSTE" render "$T/missing.seloste"
contains "$T/err" "cannot read"
finish
