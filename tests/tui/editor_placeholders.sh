#!/bin/sh
# Issue 11 point 5: in the wizard's text editor a placeholder is shown as the words it stands for,
# in the UI language ("{controller}" as "[yrityksen nimi]", highlighted), also when the company
# name is set (the value lives in another section; the preview shows it filled), and is one unit:
# Right and Left step over it whole, Backspace after it removes it whole and ^Z brings it back,
# a paste of "{website}" is a placeholder too, "{foo}" is ordinary text, and the file keeps the braces.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
# Waits until the cursor of session $1 is at column $2 of row $3.
cursor_at() {
  i=0
  while [ "$($T display-message -p -t "=$1:" '#{cursor_x} #{cursor_y}')" != "$2 $3" ]; do
    i=$((i + 1)); [ $i -lt 200 ] || tui_fail "$1" "cursor not at column $2 row $3 but at $($T display-message -p -t "=$1:" '#{cursor_x} #{cursor_y}')"
    sleep 0.05
  done
}
# The intro of the purposes section in file $1, as stored.
intro_of() { sed -n '/^  purposes :/,/^  };/p' "$1" | grep -m1 ' fi = '; }

tui_settings
"$SELOSTE" new --ui-lang fi p.seloste >/dev/null || exit 1
intro_of p.seloste | grep -q '"{controller} käsittelee' || { intro_of p.seloste; echo "FAIL: unexpected stock intro"; exit 1; }
tui_start a --ui-lang fi p.seloste
tui_wait a "Selosteen kielet"
n=0
until tui_screen a | grep -q "Henkilötietojen käsittelyn tarkoitukset"; do   # ^N to the purposes
  n=$((n + 1)); [ $n -le 15 ] || tui_fail a "no purposes section"
  tui_keys a C-n; sleep 0.2
done
tui_keys a Tab
tui_wait a "Sarkain Seuraava kenttä"                     # the editor has the text
tui_keys a PPage Home
tui_wait a "  [yrityksen nimi] käsittelee henkilötietojasi"
tui_screen a | grep -q "{controller}" && tui_fail a "the editor shows the raw placeholder"
# the row of that line (0-based): the cursor goes there once PPage Home are handled
row=$(($(tui_screen a | grep -n "  \[yrityksen nimi\] käsittelee henkilötietojasi" | head -1 | cut -d: -f1) - 1))
cursor_at a 2 "$row"
esc=$(printf '\033')
$T capture-pane -e -p -t "=a:" | grep -Eq "$esc\[1m($esc\[[0-9;]*m)*\[yrityksen nimi\]" \
  || tui_fail a "the placeholder's words are not highlighted"
tui_keys a Right                                      # over the placeholder in one step
cursor_at a 18 "$row"
tui_keys a Right
cursor_at a 19 "$row"
tui_keys a Left Left
cursor_at a 2 "$row"
tui_keys a Right BSpace                               # removed whole
tui_wait a "  käsittelee henkilötietojasi"
tui_screen a | grep -q "yrityksen" && tui_fail a "Backspace left part of the placeholder"
cursor_at a 2 "$row"
tui_keys a C-z                                        # and back
tui_wait a "  [yrityksen nimi] käsittelee henkilötietojasi"
# typed and pasted at the end: "{foo}" stays as typed, a pasted "{website}" is shown as words
tui_keys a NPage NPage NPage End Enter
tui_type a "Katso {foo} ja "
$T set-buffer -b ph -- "{website}"
$T paste-buffer -p -b ph -t "=a:"
tui_wait a "Katso {foo} ja [verkko-osoite]"
tui_keys a BSpace                                     # the pasted placeholder goes whole
tui_wait_gone a "[verkko-osoite]"
tui_screen a | grep -q "Katso {foo} ja\$" || tui_fail a "Backspace took more or less than the pasted placeholder"
tui_keys a C-z
tui_wait a "Katso {foo} ja [verkko-osoite]"
tui_keys a C-s
tui_wait a "Tiedosto p.seloste tallennettiin."
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"

intro_of p.seloste | grep -q '"{controller} käsittelee henkilötietojasi' \
  || { intro_of p.seloste; echo "FAIL: the stored intro lost {controller}"; exit 1; }
file_has p.seloste 'Katso {foo} ja {website}'
grep -q 'yrityksen nimi\|verkko-osoite\]' p.seloste && { echo "FAIL: display words were stored"; exit 1; }
"$SELOSTE" render p.seloste --lang fi --format text >out.txt 2>err.txt || { cat err.txt; exit 1; }
file_has out.txt "Testi Oy käsittelee henkilötietojasi"
file_has out.txt "Katso {foo} ja https://testi.example"
exit 0
