#!/bin/sh
# seloste new: a complete notice from stock clauses and settings; never clobbers.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$T/home/seloste"
cp "$top_srcdir/data/demo.ini" "$T/home/seloste/seloste.ini"
export XDG_CONFIG_HOME="$T/home"

status 0 "$SELOSTE" new "$T/a.seloste" --ui-lang en
contains "$T/out" "Created $T/a.seloste"
lacks "$T/out" "complete notice" # it cannot know that (issue 11)
contains "$T/a.seloste" 'name = "Esimerkki Oy";'
contains "$T/a.seloste" 'business_id = "2345678-0";'
contains "$T/a.seloste" 'format_version = 2;'
# issue 11: several purposes, each tied to its own legal basis (contract, legal obligation, legitimate
# interests at least), and the legal-basis dependants shown because a purpose rests on that basis
row_basis() { # ID BASIS: the purposes row ID rests on BASIS
  awk -v id="$1" -v b="$2" '$0 ~ "id = \"" id "\";" { want = 1; next } want && /basis =/ { if ($0 ~ "\"" b "\"") ok = 1; want = 0 } END { exit !ok }' "$T/a.seloste" ||
    fail "purpose $1 should rest on $2"
}
row_basis orders contract
row_basis bookkeeping legal_obligation
row_basis marketing legitimate_interest
row_basis business_contacts legitimate_interest
lacks "$T/a.seloste" 'legal_basis :'
lacks "$T/a.seloste" 'choice ='
contains "$T/a.seloste" 'origin = "stock";'
contains "$T/a.seloste" 'languages = [ "fi", "en" ];'

# every section that applies has text in both languages
for lang in fi en; do
  status 0 "$SELOSTE" render "$T/a.seloste" --lang $lang
  [ ! -s "$T/err" ] || fail "render --lang $lang warned: $(cat "$T/err")"
  contains "$T/out" "Esimerkki Oy"
  contains "$T/out" "tietosuoja@esimerkki.example"
  lacks "$T/out" "{controller}"
  lacks "$T/out" "{contact_email}"
done
status 0 "$SELOSTE" render "$T/a.seloste" --lang fi
contains "$T/out" "Tietosuojavastaava"
contains "$T/out" "Lintulahdenkuja 4, 00530 Helsinki"

# an existing file is never replaced without --force
echo "keep me" >"$T/b.seloste"
status 2 "$SELOSTE" new "$T/b.seloste" --ui-lang en
contains "$T/err" "already exists"
[ "$(cat "$T/b.seloste")" = "keep me" ] || fail "new overwrote an existing file"
status 0 "$SELOSTE" new --force "$T/b.seloste"
contains "$T/b.seloste" "format_version"

# without settings the contact blocks are left empty: new says what to fill, and a draft render
# says which sections it left out
export XDG_CONFIG_HOME="$T/empty"
status 0 "$SELOSTE" --ui-lang en new "$T/c.seloste"
contains "$T/err" "the controller's name is missing"
status 0 "$SELOSTE" render --draft "$T/c.seloste" --ui-lang en
contains "$T/err" "controller: warning: the section is empty"

# a broken settings file stops new with the file and line
mkdir -p "$T/bad/seloste"
printf '[notice]\nlanguages = fi, se\n' >"$T/bad/seloste/seloste.ini"
export XDG_CONFIG_HOME="$T/bad"
status 2 "$SELOSTE" new "$T/d.seloste" --ui-lang en
contains "$T/err" "seloste.ini:2: notice:languages: unknown language"
[ ! -e "$T/d.seloste" ] || fail "new wrote a file despite bad settings"

# an unknown register type is refused with the types there are, and nothing is written
export XDG_CONFIG_HOME="$T/empty"
status 2 "$SELOSTE" new "$T/e.seloste" --register custmer --ui-lang en
contains "$T/err" "--register custmer: no such register type; the types are: customer"
[ ! -e "$T/e.seloste" ] || fail "new wrote a file for an unknown register type"
# the default type is written into the file, and an explicit one gives the same notice
status 0 "$SELOSTE" new "$T/f.seloste" --ui-lang en
status 0 "$SELOSTE" new "$T/g.seloste" --register customer --ui-lang en
contains "$T/f.seloste" 'register = "customer";'
sed '/^created\|^modified\|date = /d' "$T/f.seloste" >"$T/f.cmp"
sed '/^created\|^modified\|date = /d' "$T/g.seloste" >"$T/g.cmp"
cmp -s "$T/f.cmp" "$T/g.cmp" || fail "--register customer differs from the default"
# a document naming a type this machine does not have is refused with the file and line
sed 's/^register = "customer";/register = "kerho";/' "$T/f.seloste" >"$T/h.seloste"
status 2 "$SELOSTE" check "$T/h.seloste" --ui-lang en
contains "$T/err" "h.seloste:5: unknown register type \"kerho\""
finish
