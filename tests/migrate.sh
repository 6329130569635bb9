#!/bin/sh
# Format-1 documents (one legal basis for the whole register, one transfer choice) keep working:
# they load, render and check without being rewritten, every text the person wrote still reaches
# the notice, and the file changes to format 2 only when the person saves (issue 11).
. "$top_srcdir/tests/lib.sh"

fixtures="edited.seloste full.seloste mistakes.seloste format1-demo.seloste"
for f in $fixtures; do
  cp "$top_srcdir/tests/data/$f" "$T/$f"
  cp "$T/$f" "$T/$f.orig"
  grep -q 'format_version = 1;' "$T/$f" || fail "$f is no longer a format-1 fixture"
  for lang in fi en; do
    for fmt in text md html; do
      status 0 "$SELOSTE" --ui-lang en render --draft --lang "$lang" --format "$fmt" "$T/$f"
      if grep -Eq '\{(controller|website|contact_name|contact_email|contact_phone|register|providers:[a-z_]*|transfers:[a-z]*)\}' "$T/out"; then
        fail "$f $lang $fmt: a placeholder reached the notice"
      fi
    done
  done
  "$SELOSTE" check "$T/$f" >/dev/null 2>&1
  [ $? -le 1 ] || fail "$f: check could not read the migrated document"
  cmp -s "$T/$f" "$T/$f.orig" || fail "$f: reading a format-1 document rewrote it"
done

# flat: the rendered text as one line, so that wrapping does not hide a sentence.
flat() { tr -s '\n ' '  ' <"$T/out" >"$T/flat"; }

# The one basis becomes the basis of each purpose of the old text: the bullets become rows, and
# the person's own legal-basis text is kept, in both languages.
status 0 "$SELOSTE" --ui-lang en render --draft --lang fi --format text "$T/edited.seloste"
flat
contains "$T/flat" "leimojen kirjaaminen"
contains "$T/flat" "syntymäpäiväkahvin muistutus"
contains "$T/flat" "Peruste on oikeutettu etumme pitää asiakassuhde yllä."
contains "$T/flat" "Muuhun emme tietoja käytä."
status 0 "$SELOSTE" --ui-lang en render --draft --lang en --format text "$T/edited.seloste"
flat
contains "$T/flat" "the birthday coffee reminder"
contains "$T/flat" "The basis is our legitimate interest in keeping up the customer relationship."
# a legitimate-interest basis keeps its dependent section, so that text is still published
contains "$T/flat" "Legitimate interests pursued"

# The old "no transfers" choice becomes the section marked not applicable, whose sentence is shown.
status 0 "$SELOSTE" --ui-lang en render --draft --lang en --format text "$T/full.seloste"
flat
contains "$T/flat" "We do not transfer personal data outside the European Union"
finish
