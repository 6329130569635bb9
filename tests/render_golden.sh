#!/bin/sh
# All renderings of a full document match the reviewed golden files.
# After an intended change: UPDATE_GOLDEN=1 make check, then review the diff of tests/golden/.
. "$top_srcdir/tests/lib.sh"

doc="$top_srcdir/tests/data/full.seloste"
for lang in fi en; do
  for fmt in text md html; do
    golden="$top_srcdir/tests/golden/full.$lang.$fmt"
    status 0 "$SELOSTE" render "$doc" --lang "$lang" --format "$fmt" -o "$T/got"
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$T/got" "$golden"; continue; fi
    diff -u "$golden" "$T/got" >"$T/diff" || fail "$lang/$fmt differs from $golden:
$(head -40 "$T/diff")"
  done
done

# -o - and no -o both write to standard output, byte for byte the same as -o FILE
status 0 "$SELOSTE" render "$doc" --lang fi --format html -o -
cmp -s "$T/out" "$top_srcdir/tests/golden/full.fi.html" || fail "-o - differs from golden"
status 0 "$SELOSTE" render "$doc" --lang en --format md
cmp -s "$T/out" "$top_srcdir/tests/golden/full.en.md" || fail "stdout md differs from golden"
# the format follows the output file name when not given
status 0 "$SELOSTE" render "$doc" --lang en -o "$T/notice.html"
cmp -s "$T/notice.html" "$top_srcdir/tests/golden/full.en.html" || fail ".html name did not give HTML"

# facts the golden files must show (so a wrong golden cannot pass review unnoticed)
g="$top_srcdir/tests/golden"
contains "$g/full.fi.text" "1. Rekisterinpitäjä"
contains "$g/full.fi.text" "Laadittu: 2.5.2024"
contains "$g/full.en.text" "Prepared: 2 May 2024"
contains "$g/full.fi.text" "Käyntiosoite: Lintulahdenkuja 4, 00530 Helsinki"
contains "$g/full.fi.html" '<html lang="fi">'
contains "$g/full.en.html" '<html lang="en">'
contains "$g/full.fi.html" "&lt;b&gt;ei lihavointia&lt;/b&gt; &amp; &quot;lainausmerkit&quot;"
contains "$g/full.fi.text" "1050/2018"
contains "$g/full.en.text" "1050/2018"
lacks "$g/full.fi.text" "Ratapihantie"
lacks "$g/full.fi.text" "henkilötietolak"
contains "$g/full.en.text" "Switchboard: +358 29 566 6700"
contains "$g/full.fi.text" "Vaihde: 029 566 6700"
lacks "$g/full.fi.html" "(EU) 2016/679 13 ja 14"
finish
