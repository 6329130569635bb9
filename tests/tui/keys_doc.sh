#!/bin/sh
# The key map is one table: `seloste --keys`, the man page's key list and the help screen (^G)
# show the same keys with the same words, in English and Finnish, and the key bar is in words.
. "$top_srcdir/tests/tui/tmux.sh"
fails=0
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }

"$SELOSTE" --ui-lang en --keys >keys.en || bad "--keys failed"
"$SELOSTE" --ui-lang fi --keys >keys.fi || bad "--keys failed (fi)"
[ "$(wc -l <keys.en)" -ge 25 ] || bad "--keys lists only $(wc -l <keys.en) keys"
grep -q '^\^Z  *undoes' keys.en || bad "--keys lacks ^Z undo"
grep -q '^\^N  *siirtyy seuraavaan kohtaan' keys.fi || bad "--keys in Finnish lacks ^N"

# Every row of the table is in the man page as ".B KEYS" followed by its sentence.
sed 's/\\-/-/g; s/\\&//g' "$top_srcdir/doc/seloste.1" >man.txt
while IFS= read -r line; do
  name=$(printf '%s' "$line" | cut -c1-12 | sed 's/ *$//')
  what=$(printf '%s' "$line" | cut -c14-)
  awk -v n=".B $name" -v w="$what" 'prev == n && $0 == w { found = 1 } { prev = $0 } END { exit !found }' man.txt ||
    bad "man page lacks the key '$name': $what"
done <keys.en

# The help screen shows every key of the table (scrolled through to its end).
"$SELOSTE" new --ui-lang en k.seloste >/dev/null || exit 1
TUI_TERM=xterm
tui_start h --ui-lang en k.seloste
tui_wait h "Languages of the notice"
tui_keys h Enter
tui_wait h "Controller"
tui_keys h C-g
tui_wait h "Keys. Letters, Space and pastes"
: >help.txt
for i in 1 2 3 4 5 6; do tui_screen h >>help.txt; tui_keys h PgDn; sleep 0.2; done
while IFS= read -r line; do
  name=$(printf '%s' "$line" | cut -c1-12 | sed 's/ *$//')
  grep -qF -- "  $name " help.txt || bad "help screen lacks the key '$name'"
done <keys.en
grep -qF "Who is responsible for this register" help.txt || bad "help screen lacks the section's guidance"
grep -qF "A guide for office staff, in Finnish:" help.txt && grep -qF "opas.md" help.txt ||
  bad "help screen does not say where the guide for office staff is"
tui_keys h Escape
tui_wait h "Tab Next field  ^N Next section"   # back on the section, the key bar in words
tui_keys h F1
tui_wait h "Keys. Letters, Space and pastes"
tui_keys h Escape
tui_wait_gone h "Keys. Letters"
tui_keys h C-q
tui_wait_exit h >/dev/null

# The Finnish key bar is words, not abbreviations.
tui_start f --ui-lang fi k.seloste
tui_wait f "Selosteen kielet"
tui_keys f Enter
tui_wait f "^N Seuraava kohta"
tui_wait f "^S Tallenna"
tui_screen f | grep -q "seur\.\|val\." && bad "Finnish key bar still abbreviated"
[ $fails -eq 0 ] && echo "all assertions passed"
exit $((fails > 0))
