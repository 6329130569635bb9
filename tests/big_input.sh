#!/bin/sh
# Big and odd inputs: import, check and render take time linear in their input (each case here took
# minutes when they were quadratic; `timeout` is only a guard against a hang, not a timing
# assertion); what is not a regular file, or is over the size limit, is refused at once with exit 2;
# UTF-16 text is converted.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/import_lib.sh"
F="$top_srcdir/tests/data/import"

# guarded SECONDS EXPECTED ARGS...: like `status EXPECTED S ARGS...`, but a run of seloste over
# SECONDS is killed and fails instead of hanging.
guarded() {
  secs=$1 want=$2; shift 2
  timeout "$secs" "$SELOSTE" --ui-lang en "$@" >"$T/out" 2>"$T/err"; got=$?
  [ "$got" -ne 124 ] || fail "did not finish in $secs s: $*"
  [ "$got" -eq 124 ] || [ "$got" -eq "$want" ] || fail "exit $got, want $want: $* ($(head -c 300 "$T/err"))"
}

# 2 MB of repeated lines under a heading (one long paragraph once joined): 100 KB took 1.4 s.
{ cat "$F/numbered.txt"; printf '\n9. MUUT TIEDOT\n\n'
  awk 'BEGIN { for (i = 0; i < 32000; i++) print "Tietoja käytetään asiakassuhteen hoitamiseen ja laskutukseen." }'
  printf 'Viimeinen rivi on tämä.\n'; } >"$T/lines.txt"
guarded 60 0 import "$T/lines.txt" -o "$T/lines.seloste"
grep -q "Viimeinen rivi on tämä." "$T/lines.seloste" || fail "lines: the last line is not in the document"
grep -q "^No text was lost" "$T/out" || fail "lines: $(tail -1 "$T/out")"

# A heading-TAB-body table of 50,000 rows, each with a word of its own: 10,000 rows took 15 s, as
# each word was searched for in the whole document from its start.
awk 'BEGIN { for (i = 0; i < 50000; i++)
               printf "Käsittelyn tarkoitus\tTietoja käytetään laskutukseen ja asiakasviestintään: " \
                      "A%dA, B%dB, C%dC, D%dD, E%dE, F%dF, G%dG, H%dH, I%dI, J%dJ, K%dK ja L%dL.\n",
                      i, i, i, i, i, i, i, i, i, i, i, i }' >"$T/table.txt"
guarded 60 0 import "$T/table.txt" -o "$T/table.seloste"
grep -q "K49999K ja L49999L\." "$T/table.seloste" || fail "table: the last row is not in the document"
grep -q "^No text was lost" "$T/out" || fail "table: $(tail -1 "$T/out")"

# 100,000 nested elements: libxml2 dropped what was over 256 deep ("no text found").
awk 'BEGIN { printf "<!DOCTYPE html><html><body><h2>Käsittelyn tarkoitus</h2>"
             for (i = 0; i < 100000; i++) printf "<div>"
             printf "Syvällä oleva teksti."
             for (i = 0; i < 100000; i++) printf "</div>"
             print "</body></html>" }' >"$T/nested.html"
guarded 60 0 import "$T/nested.html" -o "$T/nested.seloste"
text_has "$T/nested.seloste" purposes "Syvällä oleva teksti."

# Markdown of 20,000 paragraphs each with a list, and a pipe table of 4,000 purposes: each line's end
# was found with strlen of the rest (60 s for 4 MB), and each new row's id searched every row once
# per candidate id (4,000 rows took 35 s).
awk 'BEGIN { print "## Muut tiedot\n"
  for (i = 0; i < 20000; i++) printf "Tietoja **%d** [lisää](https://esimerkki.example/%d).\n\n- a\n- b\n\n", i, i
  print "## Käsittelyn tarkoitukset\n\n| Käyttötarkoitus | Oikeusperuste |\n|---|---|"
  for (i = 0; i < 4000; i++) printf "| Laskutus, rivi %d | Sopimus |\n", i }' >"$T/many.md"
guarded 60 0 import "$T/many.md" -o "$T/many.seloste"
grep -q 'id = "own-4000"' "$T/many.seloste" || fail "many.md: the 4,000th purpose row is missing"

# A FIFO is refused at once (it blocked, waiting for a writer).
mkfifo "$T/fifo"
guarded 10 2 import "$T/fifo" -o "$T/fifo.seloste"
contains "$T/err" "fifo: is not a regular file"
[ ! -e "$T/fifo.seloste" ] || fail "fifo: an output was written"

# /dev/zero (only read) is refused (it ran out of memory, exit 3).
guarded 10 2 import /dev/zero -o "$T/zero.seloste"
contains "$T/err" "/dev/zero: is not a regular file"

# A file over the size limit is refused before it is read.
truncate -s 300M "$T/huge.txt"
guarded 10 2 import "$T/huge.txt" -o "$T/huge.seloste"
contains "$T/err" "huge.txt: is larger than 256 MiB"
rm -f "$T/huge.txt"

# The same limits hold for a document and a settings file: the same clear message, not "File too large".
truncate -s 300M "$T/huge.seloste"
guarded 10 2 render "$T/huge.seloste"
contains "$T/err" "huge.seloste: is larger than 256 MiB"
rm -f "$T/huge.seloste"
mkfifo "$T/fifo.seloste"
guarded 10 2 render "$T/fifo.seloste"
contains "$T/err" "fifo.seloste: is not a regular file"
mkdir -p "$T/conf/seloste"
mkfifo "$T/conf/seloste/seloste.ini"
XDG_CONFIG_HOME="$T/conf" guarded 10 2 new "$T/n.seloste"
contains "$T/err" "seloste.ini: is not a regular file"

# UTF-16, little- and big-endian with a byte-order mark, and little-endian without one.
printf 'Tietosuojaseloste\n\nRekisterinpitäjä\n\nKahvila Pyynö Oy, Y-tunnus 1234567-8\n\nHenkilötietojen säilytysaika\n\nTietoja säilytetään kaksi vuotta – ei pidempään.\n' \
  >"$T/u8.txt"
iconv -f UTF-8 -t UTF-16LE "$T/u8.txt" >"$T/le-body"
iconv -f UTF-8 -t UTF-16BE "$T/u8.txt" >"$T/be-body"
{ printf '\377\376'; cat "$T/le-body"; } >"$T/le.txt"
{ printf '\376\377'; cat "$T/be-body"; } >"$T/be.txt"
cp "$T/le-body" "$T/le-nobom.txt"
for f in le be le-nobom; do
  guarded 10 0 import "$T/$f.txt" -o "$T/$f.seloste"
  contains "$T/out" "The file is UTF-16"
  field "$T/$f.seloste" controller name "Kahvila Pyynö Oy"
  field "$T/$f.seloste" retention fi "Tietoja säilytetään kaksi vuotta – ei pidempään."
done

# check and render of a big document (written as seloste writes texts: adjacent literals of one line
# each, so that loading is linear): its 20,000 different addresses were compared pair by pair.
{ printf 'format_version = 1;\nlanguages = [ "fi" ];\nsections = {\n'
  printf '  controller = { name = "Esimerkki Oy"; email = "asiakaspalvelu@esimerkki.fi"; };\n'
  printf '  other = {\n    fi = "Yhteystiedot: asiakaspalvelut@esimerkki.fi\\n"\n'
  awk 'BEGIN { for (i = 0; i < 20000; i++)
                 printf "      \"k%08d@esimerkki.fi, puh. 040 %07d, Y-tunnus 1234567-%d.\\n\"\n",
                        (i * 7919) % 100000000, (i * 7919) % 10000000, i % 10 }'
  printf '      "Loppu k%08d@esimerkki.fi.";\n  };\n};\n' $((19999 * 7919 % 100000000)); } >"$T/big.seloste"
guarded 60 1 check "$T/big.seloste"
contains "$T/out" "differs slightly from"
for fmt in text html md; do
  guarded 60 0 render "$T/big.seloste" --format "$fmt" -o "$T/big.$fmt"
  contains "$T/big.$fmt" "Loppu k$(printf %08d $((19999 * 7919 % 100000000)))@esimerkki.fi."
done

finish
