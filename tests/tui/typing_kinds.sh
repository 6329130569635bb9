#!/bin/sh
# Issue 10, the kinds of typing that went wrong, replayed at 80x24 with TERM=xterm: the screen and the
# saved file must show the typed text byte for byte, and nothing saved, replaced or moved unasked.
. "$top_srcdir/tests/tui/tmux.sh"
tui_settings   # the notice names every detail: ^F writes it (issue 11 point 5)
TUI_TERM=xterm
items() { grep -A4 '^  data_content' "$1" | grep 'items'; }

# 4. A checklist section shows its text while typing at 80x24; letters on the list go into it.
"$SELOSTE" new --ui-lang en k.seloste >/dev/null || exit 1
before_items=$(items k.seloste)
tui_start a --ui-lang en k.seloste
tui_wait a "Languages of the notice"
# 3b. A name typed on the first screen (as if it were a form) never drops a notice language
tui_type a "Kauppa Oy"      # the Space asks whether to leave Finnish out; "O" answers no
sleep 0.5
tui_wait_gone a "Leave Finnish out of the notice"
tui_screen a | grep -qF "[x] Finnish" || tui_fail a "typing on the first screen dropped Finnish"
tui_keys a Enter
tui_wait a "Controller"
tui_keys a C-o
tui_wait a "Overview of the notice"
tui_keys a Home
tui_wait a "Data content of the register"
n=$(tui_screen a | grep -n "Data content of the register" | cut -d: -f1)
tui_keys a Home
j=3; while [ $j -lt "$n" ]; do tui_keys a Down; j=$((j + 1)); done
tui_keys a Enter
tui_wait a "Tick every item you actually store"
tui_type a "Osoite €"
tui_wait a "Osoite €"
tui_screen a | grep -q "Text in Finnish: edited" || tui_fail a "the checklist's text area is not shown"
# 8. Terminal replies and title strings in the middle of typing never become text
tui_type a " A"
tui_type a "$(printf '\033]l title\033\\')"
tui_type a "$(printf '\033[?1;2c\033[12;40R\033]0;x\007')"
tui_type a "B"
tui_wait a "€ AB"
# 9. A lone Esc in a text does nothing: typing goes on in the same place
tui_keys a Escape
sleep 0.3
tui_type a "C"
tui_wait a "€ ABC"
cmp -s k.seloste k.seloste.orig 2>/dev/null
tui_keys a C-s
tui_wait a "Saved k.seloste"
file_has k.seloste "seuraavia tietoja:Osoite € ABC"
[ "$(items k.seloste)" = "$before_items" ] || { echo "FAIL: typing changed the ticked items"; exit 1; }
# 10. A status stops saying "Saved" once the text changes again
tui_type a "D"
tui_wait a "€ ABCD"
tui_screen a | grep -q "Saved k.seloste" && tui_fail a "the status still says Saved after a change"
# 11. Esc and a letter at once (Alt, or a slow link packing them together) stay typing, never a command
tui_type a "$(printf '\033n\033x\033q')"
tui_wait a "€ ABCDnxq"
tui_screen a | grep -q "Tick every item you actually store" || tui_fail a "Esc+letter left the section"
tui_keys a C-s
tui_wait a "Saved k.seloste"
file_has k.seloste "ABCDnxq\""

# 12. The data protection officer: ^X switches between "not appointed" and the form
tui_keys a C-o
tui_wait a "Overview of the notice"
tui_keys a Home Down Down Enter
tui_wait a "Data protection officer"
tui_wait a "has not appointed a data protection officer"
tui_keys a C-x
tui_wait a "E-mail"
tui_screen a | grep -q "has not appointed" && tui_fail a "the form and the not-appointed text at once"
tui_type a "Tea Tietosuoja"
tui_keys a Tab Tab Tab Tab
tui_type a "tea@"
tui_keys a Tab
tui_wait a "! E-mail"      # the field just left is checked and the reason shown
tui_keys a C-z C-z C-z C-z   # "tea@", " Tietosuoja", "Tea" (a word a step), then ^X
tui_wait a "has not appointed a data protection officer"

# 13. Long guidance says how to read all of it, and ^G shows the rest
tui_keys a C-o
tui_wait a "Overview of the notice"
tui_keys a C-q
tui_wait a "Save your changes"
tui_keys a n
tui_wait a "Throw away every change"   # throwing work away takes Enter: typed letters answer no
tui_keys a o
tui_wait_gone a "Throw away every change"
tui_wait a "Overview of the notice"
tui_keys a C-q
tui_wait a "Save your changes"
tui_keys a n
tui_wait a "Throw away every change"
tui_keys a Enter
st=$(tui_wait_exit a)
[ "$st" = 0 ] || tui_fail a "exit status $st after quitting"

# 14. After ^F the wizard says in plain words what the files are for
"$SELOSTE" new --ui-lang en f.seloste >/dev/null || exit 1
tui_start b --ui-lang en f.seloste
tui_wait b "Languages of the notice"
tui_keys b C-f
tui_wait b "send it to whoever"
tui_screen b | grep -q "updates your website" || tui_fail b "no word on what the HTML file is for"
tui_screen b | grep -q "e-mail or printed" || tui_fail b "no word on what the text file is for"
tui_keys b Enter
tui_wait_exit b >/dev/null

# 15. Restoring unsaved work is undone with ^Z on the first screen, and redone with ^Y
tui_start c --ui-lang en f.seloste
tui_wait c "Languages of the notice"
tui_open_purposes c
tui_type c "Kesken jäänyt lause."
tui_wait c "Kesken jäänyt lause."
kill -HUP "$(tui_pid c)"
tui_wait_exit c >/dev/null
tui_start d --ui-lang en f.seloste
tui_wait d "Unsaved work on f.seloste"
tui_keys d r
tui_wait d "Restored the unsaved work"
tui_keys d C-z
tui_wait d "The restore was undone"
tui_keys d C-s
tui_wait d "Saved f.seloste"
grep -qF "Kesken jäänyt lause." f.seloste && { echo "FAIL: ^Z did not undo the restore"; exit 1; }
tui_keys d C-y
tui_wait d "restored again"
tui_keys d C-s
tui_wait d "Saved f.seloste"
file_has f.seloste "Kesken jäänyt lause."
tui_keys d C-q
tui_wait_exit d >/dev/null
# 16. On an option list the cursor stands on the selected option (where Space acts), not in the text:
# the cookies' checklist, its first item
"$SELOSTE" new --ui-lang en q.seloste >/dev/null || exit 1
tui_start e --ui-lang en q.seloste
tui_wait e "Languages of the notice"
tui_keys e Enter
tui_wait e "Controller"
tui_goto e cookies "Cookies"
tui_wait e "Space Choose"
row=$(tui_screen e | grep -n "\[ \] Web analytics" | cut -d: -f1)
[ -n "$row" ] || tui_fail e "no unticked 'Web analytics'"
pos=$($T display-message -p -t "=e:" '#{cursor_flag} #{cursor_y}')
[ "$pos" = "1 $((row - 1))" ] || tui_fail e "cursor '$pos' is not shown on the selected option (row $((row - 1)))"
# 17. Esc and a letter at once in a question: the Esc cancels it, the letter is typed, nothing replaced
tui_keys e Down Space             # an item ticked: its paragraph joins the stock text, no question
tui_wait e "[x] Marketing automation"
tui_keys e Tab
tui_wait_gone e "Space Choose"       # the text has the focus
tui_type e "Oma lisäys."
tui_wait e "Oma lisäys."
tui_keys e C-u
tui_wait e "will be replaced by the stock text"
tui_type e "$(printf '\033y')"
tui_wait_gone e "will be replaced by the stock text"
tui_wait e "Oma lisäys.y"
tui_screen e | grep -qF "[x] Marketing automation" || tui_fail e "the item was unticked"
tui_keys e C-s
tui_wait e "Saved q.seloste"
file_has q.seloste "Oma lisäys.y"
sed -n '/^  cookies : *$/,/^  };/p' q.seloste | grep -q 'items = \[ "marketing_automation" \];' ||
  { echo "FAIL: the ticked item was not saved"; sed -n '/^  cookies : *$/,/^  };/p' q.seloste; exit 1; }
tui_keys e C-q
tui_wait_exit e >/dev/null
exit 0
